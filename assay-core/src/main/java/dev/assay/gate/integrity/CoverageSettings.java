package dev.assay.gate.integrity;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the lines of build and tool configuration files that exclude code from coverage: JaCoCo
 * excludes in Maven and Gradle, coverage.py {@code omit}/{@code exclude_lines}, Jest, Vitest, nyc
 * and c8 exclusions, Codecov {@code ignore} and Sonar's exclusion properties. Line-based, so it
 * reads files of any size in one pass and never fails on a file it cannot fully parse.
 */
final class CoverageSettings {
  private static final Pattern SONAR = Pattern.compile("sonar\\.(?:coverage\\.)?exclusions");
  private static final Pattern INI_KEY = Pattern.compile("^([\\w.-]+)\\s*[=:]");
  private static final Pattern YAML_KEY = Pattern.compile("^(?:-\\s+)?[\"']?([\\w.-]+)[\"']?\\s*:");

  private CoverageSettings() {}

  /** Line number to the kind of exclusion it holds, for the files this class knows. */
  static Map<Integer, String> exclusions(String path, String text) {
    String name = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    Map<Integer, String> out = new TreeMap<>();
    if (!isConfiguration(name)) {
      return out;
    }
    String[] lines = text.split("\n", -1);
    if (name.equals("pom.xml")) {
      maven(lines, out);
    } else if (name.endsWith(".gradle") || name.endsWith(".gradle.kts")) {
      gradle(text, out);
    } else if (name.equals(".coveragerc") || name.equals("setup.cfg") || name.equals("tox.ini")
        || name.equals("pyproject.toml")) {
      python(lines, name, out);
    } else if (name.matches("(?:jest|vitest|vite|nyc)\\.config\\.[cm]?[jt]s|package\\.json"
        + "|\\.nycrc(?:\\.json)?|\\.c8rc(?:\\.json)?|jest\\.config\\.json")) {
      JsonishPaths.exclusions(text, name.startsWith(".nycrc") || name.startsWith(".c8rc")
          || name.startsWith("nyc."), out);
    } else if (name.matches("\\.?codecov\\.ya?ml|\\.nycrc\\.ya?ml")) {
      yaml(lines, name.contains("codecov") ? "ignore" : "exclude", out);
    }
    if (name.endsWith(".properties") || name.equals("pom.xml") || name.endsWith(".gradle")
        || name.endsWith(".gradle.kts") || name.endsWith(".yml") || name.endsWith(".yaml")) {
      sonar(lines, out);
    }
    return out;
  }

  /** Whether the file is one this class reads: build, coverage-tool or Sonar configuration. */
  private static boolean isConfiguration(String name) {
    return name.equals("pom.xml") || name.endsWith(".gradle") || name.endsWith(".gradle.kts")
        || name.equals(".coveragerc") || name.equals("setup.cfg") || name.equals("tox.ini")
        || name.equals("pyproject.toml") || name.endsWith(".properties") || name.endsWith(".yml")
        || name.endsWith(".yaml") || name.equals("package.json") || name.startsWith("jest.")
        || name.startsWith("vitest.") || name.startsWith("vite.") || name.startsWith("nyc.")
        || name.startsWith(".nycrc") || name.startsWith(".c8rc");
  }

  private static void maven(String[] lines, Map<Integer, String> out) {
    int start = -1;
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].matches(".*<plugin[\\s>].*")) {
        start = i;
      }
      if (lines[i].contains("</plugin>") && start >= 0) {
        if (anyContains(lines, start, i, "jacoco-maven-plugin")) {
          boolean inExcludes = false;
          for (int k = start; k <= i; k++) {
            inExcludes |= lines[k].contains("<excludes>");
            if (inExcludes || lines[k].contains("<exclude>")) {
              out.put(k + 1, "JaCoCo <exclude> in pom.xml");
            }
            inExcludes &= !lines[k].contains("</excludes>");
          }
        }
        start = -1;
      }
    }
  }

  private static boolean anyContains(String[] lines, int from, int to, String text) {
    for (int k = from; k <= to; k++) {
      if (lines[k].contains(text)) {
        return true;
      }
    }
    return false;
  }

  private static void gradle(String text, Map<Integer, String> out) {
    LexedSource src = LexedSource.of(text, SourceSyntax.C_LIKE);
    String[] raw = text.split("\n", -1);
    int depth = 0;
    int jacocoDepth = -1;
    int listDepth = -1;
    for (int n = 1; n <= src.lineCount(); n++) {
      String code = src.codeLine(n);
      boolean startsJacoco = jacocoDepth < 0 && code.toLowerCase(Locale.ROOT).contains("jacoco");
      if (startsJacoco) {
        jacocoDepth = depth;
      }
      boolean excludeHere = jacocoDepth >= 0 && raw[n - 1].toLowerCase(Locale.ROOT).contains("exclude");
      if (excludeHere || listDepth >= 0) {
        out.put(n, "JaCoCo exclude in a Gradle build");
      }
      int before = depth;
      depth += brackets(code);
      if (excludeHere && depth > before && listDepth < 0) {
        listDepth = before;
      } else if (listDepth >= 0 && depth <= listDepth) {
        listDepth = -1;
      }
      if (jacocoDepth >= 0 && !startsJacoco && depth <= jacocoDepth) {
        jacocoDepth = -1;
      }
    }
  }

  static int brackets(String code) {
    int d = 0;
    for (int i = 0; i < code.length(); i++) {
      char c = code.charAt(i);
      d += c == '{' || c == '[' || c == '(' ? 1 : c == '}' || c == ']' || c == ')' ? -1 : 0;
    }
    return d;
  }

  private static void python(String[] lines, String file, Map<Integer, String> out) {
    String section = "";
    String key = "";
    int depth = 0;
    for (int i = 0; i < lines.length; i++) {
      String l = lines[i];
      String t = l.strip();
      if (t.isEmpty() || t.startsWith("#") || t.startsWith(";")) {
        continue;
      }
      boolean indented = Character.isWhitespace(l.charAt(0));
      if (depth == 0 && !indented && t.startsWith("[")) {
        section = t.toLowerCase(Locale.ROOT);
        key = "";
        continue;
      }
      if (depth == 0 && !indented) {
        Matcher m = INI_KEY.matcher(t);
        key = m.find() ? m.group(1).toLowerCase(Locale.ROOT) : "";
      }
      depth = Math.max(0, depth + brackets(l.replaceAll("\"[^\"]*\"|'[^']*'", "")));
      boolean coverage = section.contains("coverage")
          || file.equals(".coveragerc") && (section.equals("[run]") || section.equals("[report]"));
      if (coverage && key.matches("omit|exclude_lines|exclude_also|partial_branches")) {
        out.put(i + 1, "coverage.py `" + key + "`");
      }
    }
  }

  private static void yaml(String[] lines, String key, Map<Integer, String> out) {
    int keyIndent = -1;
    for (int i = 0; i < lines.length; i++) {
      String l = lines[i];
      String t = l.strip();
      if (t.isEmpty() || t.startsWith("#")) {
        continue;
      }
      int indent = l.indexOf(t.charAt(0));
      boolean child = keyIndent >= 0 && (indent > keyIndent || indent == keyIndent && t.startsWith("-"));
      if (!child) {
        keyIndent = -1;
        Matcher m = YAML_KEY.matcher(t);
        if (m.find() && m.group(1).equals(key)) {
          keyIndent = indent;
          child = true;
        }
      }
      if (child) {
        out.put(i + 1, "`" + key + ":` in " + (key.equals("ignore") ? "codecov.yml" : ".nycrc"));
      }
    }
  }

  private static void sonar(String[] lines, Map<Integer, String> out) {
    for (int i = 0; i < lines.length; i++) {
      Matcher m = SONAR.matcher(lines[i]);
      if (!m.find()) {
        continue;
      }
      String kind = "Sonar `" + m.group() + "`";
      out.put(i + 1, kind);
      boolean xmlOpen = lines[i].contains("<" + m.group() + ">")
          && !lines[i].contains("</" + m.group() + ">");
      int k = i;
      while (k + 1 < lines.length
          && (lines[k].stripTrailing().endsWith("\\")
              || xmlOpen && !lines[k].contains("</" + m.group() + ">"))) {
        out.put(k + 2, kind);
        k++;
      }
    }
  }
}
