package dev.assay.gate.coverage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** What reading one report produced: its data, or the reason it could not be read. */
record ReportRead(
    String label,
    Optional<String> error,
    CoverageData data,
    Set<String> ambiguities,
    java.util.Map<String, String> nearMisses) {

  /** Reads one report with its own mapper and data, so reports can be read concurrently. */
  static ReportRead of(Path root, Path report, PathMapper mapper) {
    ReportSource source = ReportSource.of(CoverageGate.relative(root, report));
    CoverageData data = new CoverageData();
    try (InputStream in = Files.newInputStream(report)) {
      String label = source.path() + " (" + new ReportReader(mapper, data).read(in, source).label() + ")";
      return new ReportRead(
          label, Optional.empty(), data, mapper.ambiguities(), mapper.nearMisses());
    } catch (ReportException e) {
      return failed(e.getMessage());
    } catch (IOException e) {
      return failed(
          source.path()
              + ": cannot be read ("
              + e
              + "). Check the file's permissions, or remove it from `reports`");
    }
  }

  private static ReportRead failed(String message) {
    return new ReportRead("", Optional.of(message), new CoverageData(), Set.of(), java.util.Map.of());
  }

  /** Runs the reads on up to {@code threads} threads and returns them in task order. */
  static List<ReportRead> runAll(List<Callable<ReportRead>> tasks, int threads) {
    if (threads <= 1) {
      List<ReportRead> out = new ArrayList<>();
      for (Callable<ReportRead> t : tasks) {
        out.add(call(t));
      }
      return out;
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> daemon(r));
    try {
      List<ReportRead> out = new ArrayList<>();
      for (Future<ReportRead> f : pool.invokeAll(tasks)) {
        out.add(f.get());
      }
      return out;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading coverage reports", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("reading a coverage report failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private static ReportRead call(Callable<ReportRead> t) {
    try {
      return t.call();
    } catch (Exception e) {
      throw new IllegalStateException("reading a coverage report failed: " + e, e);
    }
  }

  private static Thread daemon(Runnable r) {
    Thread t = new Thread(r, "assay-coverage-report");
    t.setDaemon(true);
    return t;
  }
}
