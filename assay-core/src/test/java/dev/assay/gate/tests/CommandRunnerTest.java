package dev.assay.gate.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

@DisabledOnOs(value = OS.WINDOWS, disabledReason = "the commands below are POSIX sh")
class CommandRunnerTest {
  @TempDir Path dir;
  private final CommandRunner runner = new CommandRunner();

  @Test
  void reportsExitCodeAndRunsInTheGivenDirectory() throws Exception {
    Files.writeString(dir.resolve("marker.txt"), "here");
    CommandOutcome o = runner.run("cat marker.txt; echo; echo err >&2; exit 7", dir,
        Duration.ofMinutes(1));
    assertThat(o.exitCode()).isEqualTo(7);
    assertThat(o.timedOut()).isFalse();
    assertThat(o.succeeded()).isFalse();
    assertThat(o.tail()).containsExactly("here", "err");
  }

  @Test
  void keepsOnlyTheLastLines() throws Exception {
    CommandOutcome o = runner.run("i=0; while [ $i -lt 500 ]; do echo line$i; i=$((i+1)); done",
        dir, Duration.ofMinutes(1));
    assertThat(o.succeeded()).isTrue();
    assertThat(o.tail()).hasSize(CommandRunner.TAIL_LINES).startsWith("line300").endsWith("line499");
  }

  @Test
  void timeoutKillsTheProcessTree() throws Exception {
    CommandOutcome o = runner.run("sleep 30 & echo $! > child.pid; wait", dir, Duration.ofSeconds(1));
    assertThat(o.timedOut()).isTrue();
    assertThat(o.exitCode()).isEqualTo(-1);
    long child = Long.parseLong(Files.readString(dir.resolve("child.pid")).strip());
    // the grandchild sleep must not outlive the check
    ProcessHandle.of(child).ifPresent(h -> assertThat(h.isAlive()).isFalse());
  }

  @Test
  void stdinIsClosedSoPromptsDoNotHang() throws Exception {
    CommandOutcome o = runner.run("read answer; echo got:$answer", dir, Duration.ofSeconds(20));
    assertThat(o.timedOut()).isFalse();
    assertThat(o.tail()).containsExactly("got:");
  }
}
