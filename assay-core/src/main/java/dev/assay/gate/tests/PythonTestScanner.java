package dev.assay.gate.tests;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds pytest and unittest tests: {@code def test_*} functions and methods, named {@code
 * Class.test_x} inside a class; skipped by {@code @pytest.mark.skip}, {@code skipif}, {@code
 * @unittest.skip*} on the function or its class, or a {@code pytest.skip(} / {@code skipTest(}
 * call in its body.
 */
final class PythonTestScanner implements TestScanner {
  private static final Pattern DEF =
      Pattern.compile("^([ \\t]*)(?:async[ \\t]+)?def[ \\t]+(test\\w*)[ \\t]*\\(");
  private static final Pattern CLASS = Pattern.compile("^([ \\t]*)class[ \\t]+(\\w+)");
  private static final Pattern DECORATOR_SKIP =
      Pattern.compile("^\\s*@(?:pytest\\.mark\\.skip(?:if)?|unittest\\.skip\\w*|skip\\w*)\\b");
  private static final Pattern BODY_SKIP =
      Pattern.compile("\\b(?:pytest\\.skip|self\\.skipTest)\\s*\\(");

  private record Klass(int indent, String name, int skipLine) {}

  @Override
  public List<TestCase> scan(MaskedSource src) {
    String[] lines = src.masked().split("\n", -1);
    int[] offsets = new int[lines.length + 1];
    for (int i = 0; i < lines.length; i++) {
      offsets[i + 1] = offsets[i] + lines[i].length() + 1;
    }
    List<TestCase> out = new ArrayList<>();
    Deque<Klass> classes = new ArrayDeque<>();
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.isBlank()) {
        continue;
      }
      int indent = indent(line);
      while (!classes.isEmpty() && classes.peek().indent() >= indent) {
        classes.pop();
      }
      Matcher c = CLASS.matcher(line);
      if (c.find()) {
        int skip = decoratorSkip(lines, i, indent);
        Klass outer = classes.peek();
        classes.push(new Klass(indent, c.group(2), skip > 0 ? skip : skipOf(outer)));
        continue;
      }
      Matcher d = DEF.matcher(line);
      if (d.find()) {
        out.add(test(lines, offsets, i, indent, d.group(2), classes.peek()));
      }
    }
    return out;
  }

  private static TestCase test(
      String[] lines, int[] offsets, int at, int indent, String name, Klass owner) {
    int skip = decoratorSkip(lines, at, indent);
    int bodyStart = signatureEnd(lines, at);
    boolean empty = true;
    int colon = colonAfterParams(lines, at, bodyStart);
    String firstTail = lines[bodyStart].substring(colon + 1);
    empty = trivial(firstTail);
    int end = bodyStart + 1;
    while (end < lines.length && (lines[end].isBlank() || indent(lines[end]) > indent)) {
      empty &= trivial(lines[end]);
      if (skip == 0 && BODY_SKIP.matcher(lines[end]).find()) {
        skip = end + 1;
      }
      end++;
    }
    if (skip == 0) {
      skip = skipOf(owner);
    }
    String qualified = owner == null ? name : owner.name() + "." + name;
    int from = offsets[bodyStart] + colon + 1;
    int to = Math.max(from, offsets[end] - 1);
    return new TestCase(qualified, at + 1, skip, empty, offsets[at], from, to);
  }

  /** The 0-based line holding the colon that ends a possibly multi-line signature. */
  private static int signatureEnd(String[] lines, int at) {
    int depth = 0;
    for (int i = at; i < lines.length; i++) {
      for (char ch : lines[i].toCharArray()) {
        if (ch == '(' || ch == '[') {
          depth++;
        } else if (ch == ')' || ch == ']') {
          depth--;
        } else if (ch == ':' && depth == 0) {
          return i;
        }
      }
    }
    return at;
  }

  private static int colonAfterParams(String[] lines, int at, int end) {
    if (end != at) {
      int c = lines[end].lastIndexOf(':');
      return Math.max(c, 0);
    }
    int depth = 0;
    String l = lines[at];
    for (int i = 0; i < l.length(); i++) {
      char ch = l.charAt(i);
      depth += ch == '(' || ch == '[' ? 1 : ch == ')' || ch == ']' ? -1 : 0;
      if (ch == ':' && depth == 0) {
        return i;
      }
    }
    return l.length() - 1;
  }

  /** A line with no statement: blank, {@code pass}, {@code ...} or a bare (docstring) literal. */
  private static boolean trivial(String maskedLine) {
    String s = maskedLine.strip();
    if (s.isEmpty() || s.equals("pass") || s.equals("...")) {
      return true;
    }
    return s.replaceAll("[rRbBuUfF]?(\"|')", "").isBlank();
  }

  private static int decoratorSkip(String[] lines, int at, int indent) {
    for (int i = at - 1; i >= 0; i--) {
      String l = lines[i];
      if (l.isBlank()) {
        continue;
      }
      if (indent(l) != indent || !l.strip().startsWith("@")) {
        return 0;
      }
      if (DECORATOR_SKIP.matcher(l).find()) {
        return i + 1;
      }
    }
    return 0;
  }

  private static int skipOf(Klass k) {
    return k == null ? 0 : k.skipLine();
  }

  private static int indent(String line) {
    int i = 0;
    while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
      i++;
    }
    return i;
  }
}
