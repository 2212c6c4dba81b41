package dev.assay.gate.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds JUnit 4/5 and TestNG test methods in Java, Kotlin, Groovy and Scala: methods annotated
 * {@code @Test}, {@code @ParameterizedTest}, {@code @RepeatedTest}, {@code @TestFactory} or {@code
 * @TestTemplate}; skipped by {@code @Disabled}, {@code @Ignore}, {@code @Ignored} or TestNG's
 * {@code enabled = false}, on the method or on an enclosing class.
 */
final class JvmTestScanner implements TestScanner {
  private static final Pattern TEST =
      Pattern.compile(
          "@(?:[\\w.]+\\.)?(?:Test|ParameterizedTest|RepeatedTest|TestFactory|TestTemplate)\\b");
  private static final Pattern SKIP =
      Pattern.compile("@(?:[\\w.]+\\.)?(?:Disabled|Ignore|Ignored)\\b|\\benabled\\s*=\\s*false\\b");
  private static final Pattern CLASS = Pattern.compile("\\b(?:class|object|interface)\\s+[\\w$]+");

  private record Scope(int start, int end, int skipLine) {}

  @Override
  public List<TestCase> scan(MaskedSource src) {
    String m = src.masked();
    List<Scope> skippedClasses = skippedClasses(src);
    List<TestCase> out = new ArrayList<>();
    Matcher t = TEST.matcher(m);
    int from = 0;
    while (from < m.length() && t.find(from)) {
      from = t.end();
      int declStart = declarationStart(m, t.start());
      int pos = skipAnnotations(src, t.start());
      int paren = m.indexOf('(', pos);
      int stop = firstOf(m, pos, "{;");
      if (paren < 0 || (stop >= 0 && stop < paren)) {
        continue;
      }
      String name = nameBefore(src, paren);
      if (name.isEmpty()) {
        continue;
      }
      int close = src.closing(paren);
      int brace = close < 0 ? -1 : firstOf(m, close, "{;=");
      boolean empty = false;
      int bodyEnd = -1;
      if (brace >= 0 && m.charAt(brace) == '{') {
        int end = src.closing(brace);
        empty = end > 0 && src.blankBetween(brace + 1, end);
        bodyEnd = end;
        from = Math.max(from, brace + 1);
      }
      int skip = skipLine(src, declStart, paren, t.start(), skippedClasses);
      int bodyStart = bodyEnd > 0 ? brace + 1 : -1;
      out.add(
          new TestCase(name, src.lineAt(t.start()), skip, empty, t.start(), bodyStart, bodyEnd));
    }
    return out;
  }

  private static int skipLine(MaskedSource src, int from, int to, int at, List<Scope> classes) {
    Matcher s = SKIP.matcher(src.masked()).region(from, to);
    if (s.find()) {
      return src.lineAt(s.start());
    }
    int line = 0;
    for (Scope c : classes) {
      if (at > c.start() && at < c.end()) {
        line = c.skipLine();
      }
    }
    return line;
  }

  private static List<Scope> skippedClasses(MaskedSource src) {
    String m = src.masked();
    List<Scope> out = new ArrayList<>();
    Matcher c = CLASS.matcher(m);
    while (c.find()) {
      int start = declarationStart(m, c.start());
      Matcher s = SKIP.matcher(m).region(start, c.start());
      int brace = m.indexOf('{', c.end());
      if (s.find() && brace >= 0) {
        int end = src.closing(brace);
        out.add(new Scope(brace, end < 0 ? m.length() : end, src.lineAt(s.start())));
      }
    }
    return out;
  }

  /** Where the declaration holding the annotation at {@code at} starts: after {@code ; { }}. */
  private static int declarationStart(String m, int at) {
    int i = at - 1;
    while (i >= 0 && ";{}".indexOf(m.charAt(i)) < 0) {
      i--;
    }
    return i + 1;
  }

  /** Skips this and any following annotations (with arguments); returns the next offset. */
  private static int skipAnnotations(MaskedSource src, int at) {
    String m = src.masked();
    int i = at;
    while (true) {
      while (i < m.length() && Character.isWhitespace(m.charAt(i))) {
        i++;
      }
      if (i >= m.length() || m.charAt(i) != '@') {
        return i;
      }
      i++;
      while (i < m.length() && (Character.isJavaIdentifierPart(m.charAt(i)) || m.charAt(i) == '.')) {
        i++;
      }
      int j = i;
      while (j < m.length() && Character.isWhitespace(m.charAt(j))) {
        j++;
      }
      if (j < m.length() && m.charAt(j) == '(') {
        int close = src.closing(j);
        i = close < 0 ? m.length() : close + 1;
      }
    }
  }

  /** The identifier (or Kotlin backtick name) right before the parameter list. */
  private static String nameBefore(MaskedSource src, int paren) {
    String m = src.masked();
    int end = paren;
    while (end > 0 && Character.isWhitespace(m.charAt(end - 1))) {
      end--;
    }
    if (end > 0 && m.charAt(end - 1) == '`') {
      int open = m.lastIndexOf('`', end - 2);
      return open < 0 ? "" : src.original().substring(open + 1, end - 1);
    }
    int start = end;
    while (start > 0 && Character.isJavaIdentifierPart(m.charAt(start - 1))) {
      start--;
    }
    return m.substring(start, end);
  }

  private static int firstOf(String m, int from, String chars) {
    for (int i = from; i < m.length(); i++) {
      if (chars.indexOf(m.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }
}
