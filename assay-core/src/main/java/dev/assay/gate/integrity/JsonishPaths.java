package dev.assay.gate.integrity;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;

/**
 * Walks a JSON or JavaScript configuration (package.json, jest/vitest/nyc configs) keeping the
 * path of keys to the current position, and marks the lines that are inside a coverage exclusion:
 * {@code coveragePathIgnorePatterns}, a negated {@code collectCoverageFrom} entry, or {@code
 * exclude} under {@code coverage}, {@code nyc} or {@code c8} (or anywhere in an nyc/c8 file).
 */
final class JsonishPaths {
  private final String text;
  private final boolean excludeAnywhere;
  private final Map<Integer, String> out;
  private final Deque<String> stack = new ArrayDeque<>();
  private String lastKey = "";
  private String lastString = "";
  private int line = 1;

  private JsonishPaths(String text, boolean excludeAnywhere, Map<Integer, String> out) {
    this.text = text;
    this.excludeAnywhere = excludeAnywhere;
    this.out = out;
  }

  static void exclusions(String text, boolean excludeAnywhere, Map<Integer, String> out) {
    new JsonishPaths(text, excludeAnywhere, out).walk();
  }

  private void walk() {
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (text.startsWith("//", i)) {
        i = skipTo(i, "\n");
        continue;
      }
      if (text.startsWith("/*", i)) {
        i = skipTo(i + 2, "*/") ;
        continue;
      }
      if (c == '"' || c == '\'' || c == '`') {
        i = string(i, c);
        continue;
      }
      if (Character.isJavaIdentifierStart(c)) {
        int j = i;
        while (j < text.length() && Character.isJavaIdentifierPart(text.charAt(j))) {
          j++;
        }
        lastString = text.substring(i, j);
        i = j;
        continue;
      }
      structural(c);
      i++;
    }
  }

  private void structural(char c) {
    switch (c) {
      case ':' -> {
        lastKey = lastString;
        mark(false);
      }
      case '{', '[' -> {
        stack.push(lastKey);
        lastKey = "";
      }
      case '}', ']' -> {
        if (!stack.isEmpty()) {
          stack.pop();
        }
        lastKey = "";
      }
      case ',' -> lastKey = "";
      case '\n' -> line++;
      default -> {}
    }
  }

  private int string(int at, char quote) {
    int j = at + 1;
    while (j < text.length() && text.charAt(j) != quote) {
      if (text.charAt(j) == '\n') {
        line++;
      }
      j += text.charAt(j) == '\\' ? 2 : 1;
    }
    lastString = text.substring(at + 1, Math.min(j, text.length()));
    mark(lastString.startsWith("!"));
    return j + 1;
  }

  private int skipTo(int from, String end) {
    int e = text.indexOf(end, from);
    int stop = e < 0 ? text.length() : e + end.length();
    for (int k = from; k < stop && k < text.length(); k++) {
      if (text.charAt(k) == '\n' && k < stop - (end.equals("\n") ? 1 : 0)) {
        line++;
      }
    }
    return end.equals("\n") ? Math.min(stop - 1, text.length()) : stop;
  }

  /** Marks the current line when the path (with the pending key) is a coverage exclusion. */
  private void mark(boolean negated) {
    boolean ignore = inPath("coveragePathIgnorePatterns");
    boolean negatedEntry = negated && inPath("collectCoverageFrom");
    boolean exclude = inPath("exclude")
        && (excludeAnywhere || inPath("coverage") || inPath("nyc") || inPath("c8"));
    if (ignore) {
      out.put(line, "Jest `coveragePathIgnorePatterns`");
    } else if (negatedEntry) {
      out.put(line, "negated `collectCoverageFrom` entry");
    } else if (exclude) {
      out.put(line, "coverage `exclude`");
    }
  }

  private boolean inPath(String key) {
    return lastKey.equals(key) || stack.contains(key);
  }
}
