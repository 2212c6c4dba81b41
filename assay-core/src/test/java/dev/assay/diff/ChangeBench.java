package dev.assay.diff;

import dev.assay.testkit.TestRepo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Benchmark harness, not a test: builds a 10,000-file repository with JGit, then times a
 * 5,000-file change and a 50-file change. Run with {@code java -cp <test classpath>
 * dev.assay.diff.ChangeBench}.
 */
final class ChangeBench {
  private static final int FILES = 10_000;
  private static final int RUNS = 5;

  private ChangeBench() {}

  public static void main(String[] args) throws Exception {
    Path dir = Files.createTempDirectory("assay-bench");
    try (TestRepo repo = TestRepo.init(dir)) {
      for (int i = 0; i < FILES; i++) {
        repo.write(path(i), body(i, false));
      }
      repo.commit("10,000 files");
      repo.branch("small").branch("large");
      repo.checkout("small");
      for (int i = 0; i < 50; i++) {
        repo.write(path(i * 200), body(i * 200, true));
      }
      repo.commit("50 files");
      repo.checkout("large");
      for (int i = 0; i < FILES; i += 2) {
        repo.write(path(i), body(i, true));
      }
      repo.commit("5,000 files");
      time(dir, "small", "loose objects: 50-file change in a 10,000-file repo");
      time(dir, "large", "loose objects: 5,000-file change in a 10,000-file repo");
      // Clones and CI checkouts hold packed objects.
      repo.git().gc().call();
      time(dir, "small", "packed: 50-file change in a 10,000-file repo");
      time(dir, "large", "packed: 5,000-file change in a 10,000-file repo");
    }
  }

  private static void time(Path dir, String head, String label) throws Exception {
    for (int run = 1; run <= RUNS; run++) {
      long start = System.nanoTime();
      try (Change change =
          ChangeCalculator.compute(
              new ChangeRequest(dir, Optional.of("main"), Optional.of(head), false, 1_000_000))) {
        long ms = (System.nanoTime() - start) / 1_000_000;
        System.out.printf(
            "%s, run %d: %d ms, %d files%n", label, run, ms, change.changeSet().files().size());
      }
    }
  }

  private static String path(int i) {
    return "src/main/java/pkg" + (i % 100) + "/File" + i + ".java";
  }

  private static String body(int i, boolean changed) {
    StringBuilder b = new StringBuilder("package pkg" + (i % 100) + ";\n\nclass File" + i + " {\n");
    for (int m = 0; m < 20; m++) {
      b.append("  int method").append(m).append("(int x) {\n    return x * ").append(i + m);
      b.append(changed && m % 5 == 0 ? " + 1" : "").append(";\n  }\n\n");
    }
    return b.append("}\n").toString();
  }
}
