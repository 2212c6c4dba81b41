package dev.assay.process;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Ends a command that ran too long together with everything it started: a build tool, a test
 * runner or a benchmark usually runs its work in child processes, which {@link
 * Process#destroyForcibly()} alone would leave running.
 */
public final class ProcessTree {
  private ProcessTree() {}

  /**
   * Kills the process's descendants, then the process, and waits up to 5 s for each to end. A
   * process that will not die within that time is left to the operating system.
   */
  public static void kill(Process p) throws InterruptedException {
    // Children first, captured before the parent dies and they are reparented out of reach.
    List<ProcessHandle> descendants = p.descendants().toList();
    descendants.forEach(ProcessHandle::destroyForcibly);
    p.destroyForcibly();
    p.waitFor(5, TimeUnit.SECONDS);
    for (ProcessHandle h : descendants) {
      h.onExit().completeOnTimeout(h, 5, TimeUnit.SECONDS).join();
    }
  }
}
