package dev.assay.java.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.testkit.TestRepo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build command runner, build detection, and the export of a commit to build it in. */
class BuildRunnerTest {
  @TempDir Path dir;

  @Test
  void detectsTheBuildPreferringTheWrapper() throws Exception {
    assertThat(BuildRunner.detect(dir)).isEmpty();
    Files.writeString(dir.resolve("build.gradle.kts"), "");
    assertThat(BuildRunner.detect(dir)).isEqualTo("gradle -q assemble");
    Files.writeString(dir.resolve("gradlew"), "");
    assertThat(BuildRunner.detect(dir)).isEqualTo("./gradlew -q assemble");
    Files.writeString(dir.resolve("pom.xml"), "<project/>");
    assertThat(BuildRunner.detect(dir)).startsWith("mvn -B -q -DskipTests");
    Files.writeString(dir.resolve("mvnw"), "");
    assertThat(BuildRunner.detect(dir)).startsWith("./mvnw -B -q -DskipTests")
        .endsWith(" package");
  }

  @Test
  void keepsTheTailOfAFailingBuild() throws Exception {
    BuildRunner.Outcome o = new BuildRunner().run(
        "i=0; while [ $i -lt 100 ]; do echo line$i; i=$((i+1)); done; exit 3", dir,
        Duration.ofMinutes(1));
    assertThat(o.succeeded()).isFalse();
    assertThat(o.exitCode()).isEqualTo(3);
    assertThat(o.tail()).hasSize(BuildRunner.TAIL_LINES).endsWith("line99").startsWith("line60");
  }

  @Test
  void killsABuildThatOutlivesItsTimeout() throws Exception {
    BuildRunner.Outcome o = new BuildRunner().run("echo started; sleep 60", dir,
        Duration.ofSeconds(1));
    assertThat(o.timedOut()).isTrue();
    assertThat(o.succeeded()).isFalse();
    // the shell may report the killed child ("Killed") before it dies itself
    assertThat(o.tail()).first().isEqualTo("started");
  }

  @Test
  void exportsACommitWithExecutableBitsAndWithoutSymlinks() throws Exception {
    try (TestRepo repo = TestRepo.init(dir.resolve("repo"))) {
      repo.write("build.sh", "echo hi\n").write("src/A.java", "class A {}\n")
          .symlink("escape", "/etc");
      repo.dir().resolve("build.sh").toFile().setExecutable(true);
      String base = repo.commit("base");
      repo.write("src/A.java", "class A { int changed; }\n").commit("later");
      Path out = Files.createDirectories(dir.resolve("out"));
      int skipped = TreeExport.export(repo.dir(), base, out);
      assertThat(skipped).isEqualTo(1);
      assertThat(Files.readString(out.resolve("src/A.java"))).isEqualTo("class A {}\n");
      assertThat(Files.isExecutable(out.resolve("build.sh"))).isTrue();
      assertThat(Files.exists(out.resolve("escape"), java.nio.file.LinkOption.NOFOLLOW_LINKS))
          .isFalse();
      assertThat(Files.exists(out.resolve(".git"))).isFalse();
    }
  }
}
