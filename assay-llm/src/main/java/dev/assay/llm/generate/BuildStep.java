package dev.assay.llm.generate;

import java.nio.file.Path;

/**
 * Runs the project's build in a work tree so the gates have fresh reports (JUnit XML, coverage).
 * Implementations must not write outside the work tree. Called once per attempt.
 */
@FunctionalInterface
public interface BuildStep {
  /** What the build said. {@code log} is the tail of its output, for the model. */
  record Result(boolean ok, String log) {}

  Result run(Path workTree) throws InterruptedException;

  /** No build: the gates read whatever reports the tree has (for gates that need none). */
  BuildStep NONE = tree -> new Result(true, "");
}
