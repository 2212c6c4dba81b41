package com.example.kv.bench;

import com.example.kv.KvStore;
import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The store's benchmark harness: times primary-key lookups in a store of SIZE records and inserts
 * of new keys, then prints the measurements as the JSON that Assay's performance gate reads.
 *
 * <p>Usage: {@code java -cp target/bench com.example.kv.bench.KvBench [SIZE [MILLIS [NAME...]]]};
 * SIZE defaults to $ASSAY_BENCH_SIZE or 1000, MILLIS (the measured time of each benchmark) to 200,
 * and the NAMEs (PkLookup, Insert) to both.
 */
public final class KvBench {
  private static final int VALUE_BYTES = 100;

  /**
   * One benchmark's result: the median time per operation of the measured batches and, for
   * inserts only, every insert the process ran, warm-up included: Assay divides the system calls
   * it counts in a run (fsync, fdatasync) by the run's operations, so they read "per insert".
   */
  private record Measurement(String name, double millisPerOp, long operations) {}

  public static void main(String[] args) throws IOException {
    int size = args.length > 0 ? Integer.parseInt(args[0]) : defaultSize();
    long millis = args.length > 1 ? Long.parseLong(args[1]) : 200;
    List<String> names =
        args.length > 2 ? List.of(args).subList(2, args.length) : List.of("PkLookup", "Insert");
    Path dir = Files.createTempDirectory("kv-bench-");
    try {
      Path data = dir.resolve("data");
      writeRecords(data, size);
      List<Measurement> results = new ArrayList<>();
      // Not closed: close() flushes the file once more, which would add a flush to every run's
      // system call count that no insert made. The data is deleted below anyway.
      KvStore store = KvStore.open(data);
      if (names.contains("PkLookup")) {
        results.add(lookups(store, size, millis));
      }
      if (names.contains("Insert")) {
        results.add(inserts(store, size, millis));
      }
      System.out.println(json(size, results));
    } finally {
      deleteQuietly(dir);
    }
  }

  /** Best effort: where an open file cannot be deleted (Windows), the temporary folder stays. */
  private static void deleteQuietly(Path dir) {
    try (var files = Files.list(dir)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Files.deleteIfExists(file);
      }
      Files.deleteIfExists(dir);
    } catch (IOException e) {
      System.err.println("could not delete " + dir + ": " + e.getMessage());
    }
  }

  private static int defaultSize() {
    String size = System.getenv("ASSAY_BENCH_SIZE");
    return size == null || size.isBlank() ? 1000 : Integer.parseInt(size.trim());
  }

  /** Keys 0 to size-1 in the store's record format, written directly: the fixture, not timed. */
  private static void writeRecords(Path data, int size) throws IOException {
    try (DataOutputStream out =
        new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(data), 1 << 16))) {
      byte[] value = new byte[VALUE_BYTES];
      for (int key = 0; key < size; key++) {
        out.writeInt(key);
        out.writeInt(value.length);
        out.write(value);
      }
    }
  }

  private static Measurement lookups(KvStore store, int size, long millis) throws IOException {
    SplittableRandom random = new SplittableRandom(42);
    long sink = 0;
    Timer timer = new Timer(millis);
    while (timer.running()) {
      long start = System.nanoTime();
      for (int i = 0; i < timer.batch; i++) {
        sink += store.get(random.nextInt(size)).orElseThrow().length;
      }
      timer.record(System.nanoTime() - start);
    }
    if (sink == 42) {
      System.err.print(""); // keeps the lookups from being optimised away
    }
    return new Measurement("PkLookup", timer.medianMillisPerOp(), 0);
  }

  private static Measurement inserts(KvStore store, int size, long millis) throws IOException {
    byte[] value = new byte[VALUE_BYTES];
    int key = size;
    Timer timer = new Timer(millis);
    while (timer.running()) {
      long start = System.nanoTime();
      for (int i = 0; i < timer.batch; i++) {
        store.insert(key++, value);
      }
      timer.record(System.nanoTime() - start);
    }
    return new Measurement("Insert", timer.medianMillisPerOp(), timer.operations);
  }

  /**
   * A warm-up of half the measured time, then batches of operations until the time is up; batches
   * grow until one takes about a millisecond, so the clock's own cost stays negligible.
   */
  private static final class Timer {
    private final long warmUpEnd;
    private final long end;
    private final List<Double> perOp = new ArrayList<>();
    private int batch = 1;
    private long operations;

    Timer(long millis) {
      long now = System.nanoTime();
      warmUpEnd = now + millis * 500_000L;
      end = warmUpEnd + millis * 1_000_000L;
    }

    boolean running() {
      return System.nanoTime() < end || perOp.isEmpty();
    }

    void record(long nanos) {
      operations += batch;
      if (System.nanoTime() > warmUpEnd) {
        perOp.add(nanos / 1e6 / batch);
      }
      if (nanos < 1_000_000L && batch < 1 << 20) {
        batch *= 2;
      }
    }

    double medianMillisPerOp() {
      double[] sorted = perOp.stream().mapToDouble(Double::doubleValue).toArray();
      Arrays.sort(sorted);
      int mid = sorted.length / 2;
      return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
  }

  private static String json(int size, List<Measurement> results) {
    StringBuilder out = new StringBuilder("{\"benchmarks\": [");
    for (int i = 0; i < results.size(); i++) {
      Measurement m = results.get(i);
      out.append(i == 0 ? "\n" : ",\n")
          .append(
              String.format(
                  Locale.ROOT,
                  "  {\"name\": \"%s\", \"value\": %.6f, \"unit\": \"ms\", \"size\": %d",
                  m.name(),
                  m.millisPerOp(),
                  size));
      if (m.operations() > 0) {
        out.append(", \"operations\": ").append(m.operations());
      }
      out.append('}');
    }
    return out.append("\n]}").toString();
  }
}
