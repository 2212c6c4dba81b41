package dev.assay.gate.tests;

import java.util.List;

/**
 * How a test command ended.
 *
 * @param exitCode the process exit code, or -1 when it timed out or could not start
 * @param timedOut true when the timeout killed it
 * @param tail the last lines of its combined output, oldest first
 * @param startError why it could not start, or empty
 */
record CommandOutcome(int exitCode, boolean timedOut, List<String> tail, String startError) {
  CommandOutcome {
    tail = List.copyOf(tail);
  }

  boolean succeeded() {
    return exitCode == 0 && !timedOut && startError.isEmpty();
  }
}
