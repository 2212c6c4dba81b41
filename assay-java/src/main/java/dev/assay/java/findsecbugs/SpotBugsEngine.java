package dev.assay.java.findsecbugs;

import edu.umd.cs.findbugs.AnalysisError;
import edu.umd.cs.findbugs.BugCollectionBugReporter;
import edu.umd.cs.findbugs.BugInstance;
import edu.umd.cs.findbugs.BugPattern;
import edu.umd.cs.findbugs.BugRanker;
import edu.umd.cs.findbugs.DetectorFactory;
import edu.umd.cs.findbugs.DetectorFactoryCollection;
import edu.umd.cs.findbugs.FindBugs2;
import edu.umd.cs.findbugs.Plugin;
import edu.umd.cs.findbugs.PluginException;
import edu.umd.cs.findbugs.Priorities;
import edu.umd.cs.findbugs.Project;
import edu.umd.cs.findbugs.SortedBugCollection;
import edu.umd.cs.findbugs.SourceLineAnnotation;
import edu.umd.cs.findbugs.config.UserPreferences;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * SpotBugs with the FindSecBugs plugin, run as a library on a list of class files with an
 * auxiliary classpath. SpotBugs keeps its analysis context in global state, so runs are serialised.
 * Only detectors that report SECURITY bug patterns (and the non-reporting ones they build on) run,
 * and only issues of normal or high confidence are kept, as with SpotBugs's default threshold.
 */
final class SpotBugsEngine {
  static final String SECURITY = "SECURITY";
  private static final String PLUGIN_RESOURCE = "/dev/assay/java/findsecbugs/findsecbugs-plugin.jar";
  private static Plugin plugin;

  private SpotBugsEngine() {}

  /** One SpotBugs bug instance, as read from its annotations. */
  record Bug(String sourcePath, String className, int line, int endLine, String type, int cwe,
      int priority, String message) {}

  /** What one run gave. */
  record Run(List<Bug> bugs, List<String> errors, List<String> missingClasses) {}

  /** "FindSecBugs 1.14.0 (SpotBugs 4.9.8)". */
  static synchronized String name() throws IOException, PluginException {
    plugin();
    java.util.Properties v = new java.util.Properties();
    try (InputStream in = SpotBugsEngine.class.getResourceAsStream("versions.properties")) {
      if (in != null) {
        v.load(in);
      }
    }
    return "FindSecBugs " + v.getProperty("findsecbugs", "") + " (SpotBugs "
        + v.getProperty("spotbugs", edu.umd.cs.findbugs.Version.VERSION_STRING) + ")";
  }

  static synchronized Run run(List<Path> classFiles, List<Path> auxClasspath)
      throws IOException, InterruptedException, PluginException {
    Plugin fsb = plugin();
    Project project = new Project();
    project.setProjectName("assay");
    classFiles.forEach(f -> project.addFile(f.toString()));
    auxClasspath.forEach(a -> project.addAuxClasspathEntry(a.toString()));
    project.setPluginStatusTrinary(fsb.getPluginId(), Boolean.TRUE);
    PrintWriter quiet = new PrintWriter(OutputStream.nullOutputStream());
    BugCollectionBugReporter reporter = new BugCollectionBugReporter(project, quiet);
    reporter.setPriorityThreshold(Priorities.NORMAL_PRIORITY);
    reporter.setRankThreshold(BugRanker.VISIBLE_RANK_MAX);
    DetectorFactoryCollection detectors = DetectorFactoryCollection.instance();
    UserPreferences prefs = UserPreferences.createDefaultUserPreferences();
    prefs.setEffort(UserPreferences.EFFORT_DEFAULT);
    for (Iterator<DetectorFactory> it = detectors.factoryIterator(); it.hasNext(); ) {
      DetectorFactory f = it.next();
      // Non-reporting detectors collect facts others use; the ones off by default are debugging
      // aids (some print to standard output), so they stay off.
      boolean on = f.isDefaultEnabled() || f.getPlugin() == fsb;
      prefs.enableDetector(f, on && (f.getReportedBugPatterns().isEmpty() || reportsSecurity(f)));
    }
    FindBugs2 engine = new FindBugs2();
    try {
      engine.setBugReporter(reporter);
      engine.setProject(project);
      engine.setDetectorFactoryCollection(detectors);
      engine.setUserPreferences(prefs);
      engine.setNoClassOk(true);
      engine.execute();
    } finally {
      engine.dispose();
    }
    List<Bug> bugs = new ArrayList<>();
    for (BugInstance b : reporter.getBugCollection()) {
      BugPattern p = b.getBugPattern();
      if (!SECURITY.equals(p.getCategory())) {
        continue;
      }
      SourceLineAnnotation sla = b.getPrimarySourceLineAnnotation();
      bugs.add(new Bug(sla.getSourcePath(), sla.getClassName(), sla.getStartLine(),
          sla.getEndLine(), b.getType(), p.getCWEid(), b.getPriority(),
          b.getMessageWithoutPrefix()));
    }
    List<String> errors = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    if (reporter.getBugCollection() instanceof SortedBugCollection sorted) {
      for (AnalysisError e : sorted.getErrors()) {
        errors.add(e.getMessage()
            + (e.getExceptionMessage() == null ? "" : ": " + e.getExceptionMessage()));
      }
      sorted.missingClassIterator().forEachRemaining(missing::add);
    }
    return new Run(bugs, errors, missing);
  }

  private static boolean reportsSecurity(DetectorFactory f) {
    return f.getReportedBugPatterns().stream().anyMatch(p -> SECURITY.equals(p.getCategory()));
  }

  /**
   * The FindSecBugs plugin, loaded once per JVM from the jar shipped inside assay-java (copied to
   * a temporary file, since SpotBugs opens plugins by path).
   */
  private static Plugin plugin() throws IOException, PluginException {
    if (plugin == null) {
      Path jar = Files.createTempFile("assay-findsecbugs-", ".jar");
      jar.toFile().deleteOnExit();
      try (InputStream in = SpotBugsEngine.class.getResourceAsStream(PLUGIN_RESOURCE)) {
        if (in == null) {
          throw new IOException("the FindSecBugs plugin jar is missing from Assay's class path ("
              + PLUGIN_RESOURCE + "); rebuild assay-java");
        }
        Files.copy(in, jar, StandardCopyOption.REPLACE_EXISTING);
      }
      plugin = Plugin.addCustomPlugin(jar.toUri());
    }
    return plugin;
  }
}
