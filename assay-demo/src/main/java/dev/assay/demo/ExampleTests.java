package dev.assay.demo;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.engine.JupiterTestEngine;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;
import org.junit.platform.reporting.legacy.xml.LegacyXmlReportGeneratingListener;

/** Runs the example's test classes on the JUnit Platform and writes Surefire-style JUnit XML. */
final class ExampleTests {
  /**
   * What the run found.
   *
   * @param run tests started
   * @param failed tests that failed, plus test classes that could not run at all
   * @param failures one line per failed test, for the log
   */
  record Summary(long run, long failed, List<String> failures) {
    Summary {
      failures = List.copyOf(failures);
    }
  }

  private ExampleTests() {}

  /** Runs {@code testClasses} with {@code loader} as context class loader. */
  static Summary run(List<Class<?>> testClasses, ClassLoader loader, Path reportsDir)
      throws DemoException {
    SummaryGeneratingListener summary = new SummaryGeneratingListener();
    StringWriter reportErrors = new StringWriter();
    LegacyXmlReportGeneratingListener xml =
        new LegacyXmlReportGeneratingListener(reportsDir, new PrintWriter(reportErrors, true));
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(loader);
    try {
      launcher().execute(request(testClasses), summary, xml);
    } finally {
      thread.setContextClassLoader(previous);
    }
    if (!reportErrors.toString().isEmpty()) {
      throw new DemoException(
          "could not write the JUnit XML report to " + reportsDir + ":\n" + reportErrors);
    }
    return summarize(summary.getSummary());
  }

  /**
   * Jupiter only, nothing auto-registered: engines, listeners or filters that happen to be on the
   * class path (or merged into a shaded jar) must not join the example's run.
   */
  private static Launcher launcher() {
    return LauncherFactory.create(
        LauncherConfig.builder()
            .enableTestEngineAutoRegistration(false)
            .enableLauncherSessionListenerAutoRegistration(false)
            .enableLauncherDiscoveryListenerAutoRegistration(false)
            .enablePostDiscoveryFilterAutoRegistration(false)
            .enableTestExecutionListenerAutoRegistration(false)
            .addTestEngines(new JupiterTestEngine())
            .build());
  }

  private static LauncherDiscoveryRequest request(List<Class<?>> testClasses) {
    // No implicit configuration: junit-platform.properties or system properties of the host
    // must not change how the example runs.
    return LauncherDiscoveryRequestBuilder.request()
        .selectors(testClasses.stream().map(DiscoverySelectors::selectClass).toList())
        .enableImplicitConfigurationParameters(false)
        .build();
  }

  private static Summary summarize(TestExecutionSummary summary) {
    List<String> failures =
        summary.getFailures().stream()
            .map(f -> f.getTestIdentifier().getDisplayName() + ": " + f.getException())
            .sorted()
            .toList();
    return new Summary(
        summary.getTestsStartedCount(),
        summary.getTestsFailedCount() + summary.getContainersFailedCount(),
        failures);
  }
}
