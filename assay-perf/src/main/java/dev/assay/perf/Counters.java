package dev.assay.perf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The counters the machine offers: CPU instructions through {@code perf stat -e instructions},
 * system calls through {@code strace -f -c}. Each is probed once by running it on {@code true};
 * a counter that is missing, not permitted or not supported (virtual machines often expose no
 * hardware counters) is left out with a note saying why.
 */
final class Counters {
  /** A counter that works here, and how to wrap a process with it. */
  enum Counter { INSTRUCTIONS, SYSCALLS }

  private final List<Counter> available;
  private final List<String> notes;
  private final List<String> syscalls;

  private Counters(List<Counter> available, List<String> notes, List<String> syscalls) {
    this.available = List.copyOf(available);
    this.notes = List.copyOf(notes);
    this.syscalls = List.copyOf(syscalls);
  }

  /** Probes the wanted counters ({@code instructions}, {@code syscalls}) in {@code work}. */
  static Counters probe(List<String> wanted, List<String> syscalls, Path work)
      throws InterruptedException, IOException {
    List<Counter> ok = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    if (wanted.contains("instructions")) {
      Path out = work.resolve("probe-perf.txt");
      ProcessRun.Outcome o = ProcessRun.run(List.of(), "perf stat -x, -e instructions -o "
          + BenchmarkRunner.quote(out.toString()) + " -- true", work, Map.of(),
          Duration.ofSeconds(20));
      Optional<Double> n = o.succeeded() ? instructions(out) : Optional.empty();
      if (n.isPresent() && n.get() > 0) {
        ok.add(Counter.INSTRUCTIONS);
      } else {
        notes.add("CPU instructions were not counted: `perf stat -e instructions` "
            + (o.exitCode() == 127 || o.stderrTail().stream().anyMatch(l -> l.contains("not found"))
            ? "is not installed" : o.succeeded() ? "reports the counter as not supported (no"
            + " hardware counters visible, as in most virtual machines)" : "is not permitted"
            + " (kernel.perf_event_paranoid is " + paranoid() + ")") + "; decided on time alone.");
      }
    }
    if (wanted.contains("syscalls")) {
      Path out = work.resolve("probe-strace.txt");
      ProcessRun.Outcome o = ProcessRun.run(strace(syscalls, out), "true", work, Map.of(),
          Duration.ofSeconds(20));
      if (o.succeeded() && Files.isRegularFile(out)) {
        ok.add(Counter.SYSCALLS);
      } else {
        notes.add("System calls were not counted: `strace -f -c` "
            + (o.exitCode() == 127 || String.join(" ", o.stderrTail()).contains("No such file")
            ? "is not installed" : "cannot trace here (ptrace not permitted: "
            + String.join(" ", o.stderrTail()) + ")") + ".");
      }
    }
    return new Counters(ok, notes, syscalls);
  }

  List<Counter> available() {
    return available;
  }

  List<String> notes() {
    return notes;
  }

  List<String> syscalls() {
    return syscalls;
  }

  /** The wrapper that counts {@code c} into {@code out}. */
  List<String> prefix(Counter c, Path out) {
    return c == Counter.INSTRUCTIONS
        ? List.of("perf", "stat", "-x,", "-e", "instructions", "-o", out.toString(), "--")
        : strace(syscalls, out);
  }

  private static List<String> strace(List<String> syscalls, Path out) {
    // Tracing only the watched calls, filtered in the kernel (seccomp-bpf), keeps the overhead low.
    return List.of("strace", "-f", "-c", "--seccomp-bpf", "-e",
        "trace=" + String.join(",", syscalls), "-o", out.toString());
  }

  /** The instructions counted by {@code perf stat -x,}, if the file has a number. */
  static Optional<Double> instructions(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String[] f = line.split(",");
      if (f.length > 2 && f[2].startsWith("instructions")) {
        try {
          return Optional.of(Double.parseDouble(f[0]));
        } catch (NumberFormatException e) {
          return Optional.empty();
        }
      }
    }
    return Optional.empty();
  }

  /** The calls per system call name from {@code strace -c}'s summary table; absent ones are 0. */
  static Map<String, Long> syscallCounts(Path file, List<String> names) throws IOException {
    Map<String, Long> out = new TreeMap<>();
    names.forEach(n -> out.put(n, 0L));
    if (!Files.isRegularFile(file)) {
      return out;
    }
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String[] f = line.strip().split("\\s+");
      // % time, seconds, usecs/call, calls, [errors,] syscall
      if (f.length >= 5 && out.containsKey(f[f.length - 1])) {
        try {
          out.put(f[f.length - 1], Long.parseLong(f[3]));
        } catch (NumberFormatException e) {
          // a header or separator line
        }
      }
    }
    return out;
  }

  private static String paranoid() {
    try {
      return Files.readString(Path.of("/proc/sys/kernel/perf_event_paranoid")).strip();
    } catch (IOException e) {
      return "unknown";
    }
  }
}
