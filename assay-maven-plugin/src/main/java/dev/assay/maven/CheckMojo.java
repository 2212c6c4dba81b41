package dev.assay.maven;

import dev.assay.api.CriteriaException;
import dev.assay.diff.ChangeException;
import dev.assay.engine.Verdict;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

/**
 * {@code assay:check}: the verdict of {@code assay check} on the change, computed once at the end of
 * the reactor over every module's reports and classpaths, failing the build when a criterion is not
 * met. Executions in earlier modules only record their module. See docs/maven-plugin.md.
 */
@Mojo(
    name = "check",
    defaultPhase = LifecyclePhase.VERIFY,
    requiresDependencyResolution = ResolutionScope.TEST,
    threadSafe = true)
public final class CheckMojo extends AbstractMojo {
  @Parameter(defaultValue = "${session}", readonly = true, required = true)
  private MavenSession session;

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  private MavenProject project;

  @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
  private PluginDescriptor plugin;

  /** Skip the check (every execution, including the one that would compute the verdict). */
  @Parameter(property = "assay.skip", defaultValue = "false")
  private boolean skip;

  /**
   * Base of the change: any ref git understands. Default, as for {@code assay check}: the merge base
   * of HEAD with the default branch (the last commit against its parent on the default branch).
   */
  @Parameter(property = "assay.base")
  private String base;

  /** Head of the change (default: HEAD). */
  @Parameter(property = "assay.head")
  private String head;

  /** Criteria file (default: {@code .assay.yml} at the repository root; defaults if absent). */
  @Parameter(property = "assay.criteria")
  private File criteria;

  /** Where the report files go (default: {@code target/assay-reports} of the top-level project). */
  @Parameter(property = "assay.outputDirectory")
  private File outputDirectory;

  /** Comma-separated report formats: markdown, sarif, json, junit, html (default: all). */
  @Parameter(property = "assay.formats", defaultValue = BuildCheck.ALL_FORMATS)
  private String formats;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("Assay: skipped (assay.skip)");
      return;
    }
    project.setContextValue(ReactorModules.CONTEXT_KEY, ReactorModules.module(project));
    ReactorModules reactor =
        new ReactorModules(session.getProjects(), plugin.getGroupId() + ":" + plugin.getArtifactId());
    MavenProject last = reactor.last();
    if (last != project) {
      getLog().info("Assay: recorded " + project.getArtifactId() + "; the verdict is computed after "
          + last.getArtifactId() + ", the last module");
      return;
    }
    if (session.isParallel()) {
      getLog().warn("Assay: in a parallel build (-T), modules after which " + project.getArtifactId()
          + " does not wait may not have written their reports yet");
    }
    reactor.buildDirectoryWarnings().forEach(getLog()::warn);
    report(check(reactor));
  }

  private BuildCheck.Result check(ReactorModules reactor) throws MojoExecutionException {
    MavenProject top = session.getTopLevelProject() == null ? project : session.getTopLevelProject();
    Path out = outputDirectory != null
        ? outputDirectory.toPath()
        : Path.of(top.getBuild().getDirectory(), "assay-reports");
    BuildCheck.Options options = new BuildCheck.Options(
        top.getBasedir().toPath(),
        Optional.ofNullable(base).filter(s -> !s.isBlank()),
        Optional.ofNullable(head).filter(s -> !s.isBlank()),
        Optional.ofNullable(criteria).map(File::toPath),
        out.toAbsolutePath().normalize(),
        formats,
        reactor.modules());
    try {
      BuildCheck.reporters(formats);
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException("Assay: <formats>/assay.formats: " + e.getMessage(), e);
    }
    try {
      return BuildCheck.run(options);
    } catch (CriteriaException e) {
      throw new MojoExecutionException("Assay: criteria error: " + e.getMessage(), e);
    } catch (ChangeException e) {
      throw new MojoExecutionException("Assay: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new MojoExecutionException("Assay: cannot write reports to " + options.outputDir()
          + ": " + e.getMessage(), e);
    }
  }

  private void report(BuildCheck.Result r) throws MojoExecutionException, MojoFailureException {
    r.console().lines().forEach(getLog()::info);
    r.auditProblem().ifPresent(getLog()::warn);
    if (r.verdict() == Verdict.BLOCKED) {
      throw new MojoFailureException("Assay: criteria not met\n" + r.summary().stripTrailing());
    }
    if (r.verdict() == Verdict.ERROR) {
      throw new MojoExecutionException("Assay: a gate could not run\n" + r.summary().stripTrailing());
    }
  }
}
