package dev.assay.maven;

import dev.assay.api.BuildModule;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.project.MavenProject;

/**
 * The projects of a reactor as Assay sees them: which one computes the verdict (the last one that
 * runs the plugin), and each one's classes and test classpath.
 */
final class ReactorModules {
  /** Where an execution leaves its module, on the project, for the last one to collect. */
  static final String CONTEXT_KEY = "dev.assay.maven.module";

  private final List<MavenProject> projects;
  private final String pluginKey;

  /**
   * @param projects the session's projects in build order
   * @param pluginKey {@code groupId:artifactId} of this plugin
   */
  ReactorModules(List<MavenProject> projects, String pluginKey) {
    this.projects = List.copyOf(projects);
    this.pluginKey = Objects.requireNonNull(pluginKey, "pluginKey");
  }

  /**
   * The project whose execution computes the verdict: the last one in build order whose build
   * declares this plugin; when none declares it (the goal named on the command line, which runs it
   * in every project), the last project.
   */
  MavenProject last() {
    for (int i = projects.size() - 1; i >= 0; i--) {
      MavenProject p = projects.get(i);
      if (p.getBuildPlugins().stream().anyMatch(pl -> pluginKey.equals(pl.getKey()))) {
        return p;
      }
    }
    return projects.get(projects.size() - 1);
  }

  /**
   * Every project that builds code (not {@code pom} packaging), as an execution in it recorded it,
   * or, for projects where the plugin did not run, as their model says.
   */
  List<BuildModule> modules() {
    List<BuildModule> out = new ArrayList<>();
    for (MavenProject p : projects) {
      if ("pom".equals(p.getPackaging())) {
        continue;
      }
      Object recorded = p.getContextValue(CONTEXT_KEY);
      out.add(recorded instanceof BuildModule m ? m : module(p));
    }
    return out;
  }

  /**
   * Warnings for modules whose build directory is not {@code target/}: the gates' default report
   * globs look for Surefire, JaCoCo and PIT reports under {@code target/}, so theirs need naming.
   */
  List<String> buildDirectoryWarnings() {
    List<String> out = new ArrayList<>();
    for (MavenProject p : projects) {
      Path dir = Path.of(p.getBuild().getDirectory()).toAbsolutePath().normalize();
      Path conventional = p.getBasedir().toPath().resolve("target").toAbsolutePath().normalize();
      if (!"pom".equals(p.getPackaging()) && !dir.equals(conventional)) {
        out.add("Assay: " + p.getArtifactId() + " builds into " + dir + ", not target/; the"
            + " default report globs (**/target/surefire-reports/*.xml, ...) do not look there:"
            + " add its report paths to `reports` of the tests, coverage and mutation gates in"
            + " the criteria file");
      }
    }
    return out;
  }

  /** A project's classes and test classpath (empty when its dependencies were not resolved). */
  static BuildModule module(MavenProject p) {
    Path classes = Path.of(p.getBuild().getOutputDirectory()).toAbsolutePath().normalize();
    Path testClasses = Path.of(p.getBuild().getTestOutputDirectory()).toAbsolutePath().normalize();
    List<Path> classpath = new ArrayList<>();
    for (String e : testClasspath(p)) {
      Path entry = Path.of(e).toAbsolutePath().normalize();
      if (!entry.equals(classes) && !entry.equals(testClasses)) {
        classpath.add(entry);
      }
    }
    return new BuildModule(
        p.getGroupId() + ":" + p.getArtifactId(),
        p.getBasedir().toPath().toAbsolutePath().normalize(),
        classes,
        testClasses,
        classpath);
  }

  private static List<String> testClasspath(MavenProject p) {
    try {
      return p.getTestClasspathElements();
    } catch (DependencyResolutionRequiredException e) {
      // Resolved artifacts without files: take the ones that have one.
      List<String> out = new ArrayList<>();
      for (Artifact a : p.getArtifacts()) {
        File f = a.getFile();
        if (f != null) {
          out.add(f.getPath());
        }
      }
      return out;
    }
  }
}
