package dev.assay.report;

import dev.assay.report.console.ConsoleReporter;
import dev.assay.report.html.HtmlReporter;
import dev.assay.report.json.JsonReporter;
import dev.assay.report.junit.JunitReporter;
import dev.assay.report.markdown.MarkdownReporter;
import dev.assay.report.markdown.SourceLinks;
import dev.assay.report.sarif.SarifReporter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The one place that lists the built-in reporters, and the lookup by {@code --format} name that
 * also finds third-party reporters registered in {@code META-INF/services/dev.assay.report.Reporter}.
 */
public final class Reporters {
  private Reporters() {}

  /**
   * The built-in reporters: console (which has no file), markdown, sarif, json, junit and html, in
   * that order. The console reporter here is plain and verbose; the CLI builds its own with colour
   * and quietness from its options. Markdown file links follow {@link SourceLinks#fromEnvironment}
   * so that a PR comment written in CI links to the code host.
   */
  public static List<Reporter> builtIn() {
    return List.of(
        new ConsoleReporter(false, false),
        new MarkdownReporter(SourceLinks.fromEnvironment(System.getenv())),
        new SarifReporter(),
        new JsonReporter(),
        new JunitReporter(),
        new HtmlReporter());
  }

  /**
   * Built-in reporters followed by those found by {@link ServiceLoader} on the given class loader;
   * a third-party reporter cannot replace a built-in format.
   */
  public static List<Reporter> available(ClassLoader loader) {
    List<Reporter> all = new ArrayList<>(builtIn());
    TreeSet<String> seen = all.stream().map(Reporter::format).collect(Collectors.toCollection(TreeSet::new));
    List<Reporter> plugins = new ArrayList<>();
    for (Reporter r : ServiceLoader.load(Reporter.class, loader)) {
      plugins.add(r);
    }
    // ServiceLoader order follows the class path; sort so the list does not depend on it
    plugins.sort(Comparator.comparing(Reporter::format));
    for (Reporter r : plugins) {
      if (seen.add(r.format())) {
        all.add(r);
      }
    }
    return List.copyOf(all);
  }

  /** {@link #available(ClassLoader)} with this class's loader. */
  public static List<Reporter> available() {
    return available(Reporters.class.getClassLoader());
  }

  /**
   * The reporter for a {@code --format} name (case-insensitive).
   *
   * @throws IllegalArgumentException naming the valid formats when there is none by that name
   */
  public static Reporter byFormat(String format) {
    List<Reporter> all = available();
    for (Reporter r : all) {
      if (r.format().equalsIgnoreCase(format.strip())) {
        return r;
      }
    }
    String valid = all.stream().map(Reporter::format).sorted().collect(Collectors.joining(", "));
    throw new IllegalArgumentException(
        "unknown report format '" + format + "'; valid formats are: " + valid);
  }
}
