package dev.assay.report;

import dev.assay.engine.RunResult;
import java.io.IOException;
import java.io.Writer;

/**
 * Renders a run in one format. Implementations are stateless, thread-safe and deterministic: the
 * same run gives the same characters.
 */
public interface Reporter {

  /** The name used in {@code --format}, e.g. {@code sarif}. */
  String format();

  /** The file name written under the output directory, e.g. {@code assay.sarif}. */
  String fileName();

  /** Writes the report; the caller owns and closes the writer. */
  void write(RunResult run, Writer out) throws IOException;
}
