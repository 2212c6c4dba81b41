package dev.assay.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.api.BuildModule;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.artifact.DefaultArtifact;
import org.apache.maven.artifact.handler.DefaultArtifactHandler;
import org.apache.maven.model.Plugin;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which project computes the verdict, and what each module hands the gates. */
class ReactorModulesTest {
  static final String KEY = "dev.assay:assay-maven-plugin";

  @TempDir Path dir;

  private MavenProject project(String name, String packaging, boolean withPlugin) {
    MavenProject p = new MavenProject();
    p.setGroupId("demo");
    p.setArtifactId(name);
    p.setVersion("1.0");
    p.setPackaging(packaging);
    File base = dir.resolve(name).toFile();
    p.setFile(new File(base, "pom.xml"));
    p.getBuild().setDirectory(new File(base, "target").getPath());
    p.getBuild().setOutputDirectory(new File(base, "target/classes").getPath());
    p.getBuild().setTestOutputDirectory(new File(base, "target/test-classes").getPath());
    if (withPlugin) {
      Plugin plugin = new Plugin();
      plugin.setGroupId("dev.assay");
      plugin.setArtifactId("assay-maven-plugin");
      p.getBuild().addPlugin(plugin);
    }
    return p;
  }

  @Test
  void theLastProjectDeclaringThePluginComputesTheVerdict() {
    MavenProject parent = project("parent", "pom", true);
    MavenProject a = project("a", "jar", true);
    MavenProject b = project("b", "jar", true);
    MavenProject docs = project("docs", "jar", false);

    assertThat(new ReactorModules(List.of(parent, a, b, docs), KEY).last()).isSameAs(b);
  }

  @Test
  void withNoProjectDeclaringItTheGoalWasNamedOnTheCommandLineAndTheLastProjectComputes() {
    MavenProject a = project("a", "jar", false);
    MavenProject b = project("b", "jar", false);

    assertThat(new ReactorModules(List.of(a, b), KEY).last()).isSameAs(b);
  }

  @Test
  void aModuleHasItsClassesAndItsResolvedTestClasspathWithoutItsOwnDirectories() {
    MavenProject a = project("a", "jar", true);
    DefaultArtifactHandler jarHandler = new DefaultArtifactHandler("jar");
    jarHandler.setAddedToClasspath(true);
    DefaultArtifact junit =
        new DefaultArtifact(
            "org.junit.jupiter", "junit-jupiter-api", "5.11.3", "test", "jar", null, jarHandler);
    File jar = dir.resolve("repo/junit-jupiter-api-5.11.3.jar").toFile();
    junit.setFile(jar);
    a.setArtifacts(Set.<Artifact>of(junit));

    BuildModule m = ReactorModules.module(a);

    assertThat(m.name()).isEqualTo("demo:a");
    assertThat(m.dir()).isEqualTo(dir.resolve("a"));
    assertThat(m.classes()).isEqualTo(dir.resolve("a/target/classes"));
    assertThat(m.testClasses()).isEqualTo(dir.resolve("a/target/test-classes"));
    assertThat(m.classpath()).containsExactly(jar.toPath());
  }

  @Test
  void aModuleBuildingOutsideTargetIsNamedInAWarning() {
    MavenProject parent = project("parent", "pom", true);
    MavenProject a = project("a", "jar", true);
    MavenProject b = project("b", "jar", true);
    b.getBuild().setDirectory(dir.resolve("b/out").toString());

    List<String> warnings = new ReactorModules(List.of(parent, a, b), KEY).buildDirectoryWarnings();

    assertThat(warnings).singleElement().asString()
        .startsWith("Assay: b builds into " + dir.resolve("b/out") + ", not target/")
        .contains("`reports`");
  }

  @Test
  void modulesSkipPomProjectsAndPreferWhatAnExecutionRecorded() {
    MavenProject parent = project("parent", "pom", true);
    MavenProject a = project("a", "jar", true);
    MavenProject b = project("b", "jar", true);
    BuildModule recorded =
        new BuildModule("demo:a", dir.resolve("a"), dir.resolve("x"), dir.resolve("y"),
            List.of(dir.resolve("z.jar")));
    a.setContextValue(ReactorModules.CONTEXT_KEY, recorded);

    List<BuildModule> modules = new ReactorModules(List.of(parent, a, b), KEY).modules();

    assertThat(modules).extracting(BuildModule::name).containsExactly("demo:a", "demo:b");
    assertThat(modules.get(0)).isSameAs(recorded);
    assertThat(modules.get(1).classpath()).isEmpty();
  }
}
