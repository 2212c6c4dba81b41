package dev.assay.gate.integrity;

import dev.assay.api.Finding;
import dev.assay.check.Check;
import dev.assay.check.CheckRequest;
import dev.assay.engine.ReportedFinding;
import dev.assay.engine.RunResult;
import dev.assay.testkit.TestRepo;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A real git history for the integrity gate: files committed on {@code main} (the base), changed
 * on a branch and committed (the head), then checked with {@link Check#run} as the CLI does, with a
 * criteria file that turns only the integrity gate on.
 */
final class IntegrityRepo implements AutoCloseable {
  static final String CRITERIA = """
      version: 1
      gates:
        tests: off
        coverage: off
        integrity: on
      """;

  private final TestRepo repo;
  private boolean branched;

  private IntegrityRepo(TestRepo repo) {
    this.repo = repo;
  }

  /** A repository whose base has the standard criteria file. */
  static IntegrityRepo init(Path dir) {
    return new IntegrityRepo(TestRepo.init(dir)).write(".assay.yml", CRITERIA);
  }

  IntegrityRepo write(String path, String text) {
    repo.write(path, text);
    return this;
  }

  IntegrityRepo delete(String path) {
    repo.delete(path);
    return this;
  }

  /** Commits what is written as the base and starts the change on a branch. */
  IntegrityRepo base() {
    repo.commit("base");
    repo.branch("change").checkout("change");
    branched = true;
    return this;
  }

  /** Commits the change and checks it; returns the integrity gate's findings, sorted. */
  List<ReportedFinding> head() throws Exception {
    return head(null);
  }

  /** As {@link #head()}, with the criteria read from {@code criteria} (null: the repository's). */
  List<ReportedFinding> head(Path criteria) throws Exception {
    if (!branched) {
      throw new IllegalStateException("call base() first");
    }
    repo.commit("change");
    return integrity(run(criteria));
  }

  RunResult run() throws Exception {
    return run(null);
  }

  private RunResult run(Path criteria) throws Exception {
    CheckRequest request = new CheckRequest(repo.dir(), Optional.of("main"), Optional.empty(),
        false, Optional.ofNullable(criteria), Optional.empty(),
        CheckRequest.DEFAULT_MAX_FILE_BYTES);
    return Check.run(request).result();
  }

  static List<ReportedFinding> integrity(RunResult r) {
    return r.findings().stream().filter(f -> f.finding().gate().equals("integrity")).toList();
  }

  static List<Finding> open(List<ReportedFinding> findings) {
    return findings.stream().filter(ReportedFinding::isOpen).map(ReportedFinding::finding).toList();
  }

  @Override
  public void close() {
    repo.close();
  }
}
