package dev.assay.gate.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds Jest, Vitest, Mocha and Jasmine tests in JavaScript and TypeScript: {@code it(} and {@code
 * test(} calls with a literal title, named by their enclosing {@code describe} titles as the
 * runners do ({@code "cart applies the code"}); skipped by {@code .skip}, {@code .todo}, an {@code
 * x} prefix, or a skipped enclosing {@code describe}.
 */
final class JsTestScanner implements TestScanner {
  private static final Pattern CALL =
      Pattern.compile(
          "(?<![\\w$.])(x?(?:it|test|describe|context)|f(?:it|describe))"
              + "((?:\\s*\\.\\s*(?:skip|only|todo|each|concurrent|failing))*)\\s*\\(");
  private static final Pattern FUNCTION = Pattern.compile("=>|\\bfunction\\b");

  private record Block(int start, int end, String title, int skipLine) {}

  private record Call(
      String kind, String title, int at, int skipLine, int bodyStart, int bodyEnd, boolean empty) {}

  @Override
  public List<TestCase> scan(MaskedSource src) {
    List<Call> calls = calls(src);
    List<Block> describes = new ArrayList<>();
    for (Call c : calls) {
      if (c.kind().contains("describe") || c.kind().contains("context")) {
        // Only a block body scopes the tests inside it (as before expression bodies were read).
        boolean block = c.bodyStart() >= 0 && src.masked().charAt(c.bodyStart()) == '{';
        describes.add(
            new Block(block ? c.bodyStart() : -1, c.bodyEnd(), c.title(), c.skipLine()));
      }
    }
    List<TestCase> out = new ArrayList<>();
    for (Call c : calls) {
      if (c.kind().contains("describe") || c.kind().contains("context")) {
        continue;
      }
      StringBuilder name = new StringBuilder();
      int skip = c.skipLine();
      for (Block d : describes) {
        if (d.start() >= 0 && c.at() > d.start() && c.at() < d.end()) {
          name.append(d.title()).append(' ');
          skip = skip > 0 ? skip : d.skipLine();
        }
      }
      name.append(c.title());
      boolean block = c.bodyStart() >= 0 && src.masked().charAt(c.bodyStart()) == '{';
      int bodyStart = c.bodyStart() < 0 ? -1 : block ? c.bodyStart() + 1 : c.bodyStart();
      out.add(
          new TestCase(
              name.toString(), src.lineAt(c.at()), skip, c.empty(), c.at(), bodyStart, c.bodyEnd()));
    }
    return out;
  }

  private static List<Call> calls(MaskedSource src) {
    String m = src.masked();
    List<Call> out = new ArrayList<>();
    Matcher k = CALL.matcher(m);
    while (k.find()) {
      int paren = k.end() - 1;
      String modifiers = k.group(2).replaceAll("\\s", "");
      if (modifiers.contains("each")) {
        // it.each(table)('title %s', fn): the title is in the second argument list.
        int close = src.closing(paren);
        int next = close < 0 ? -1 : skipSpace(m, close + 1);
        if (next < 0 || next >= m.length() || m.charAt(next) != '(') {
          continue;
        }
        paren = next;
      }
      Call c = call(src, k.group(1), modifiers, k.start(), paren);
      if (c != null) {
        out.add(c);
      }
    }
    return out;
  }

  private static Call call(MaskedSource src, String kind, String mods, int at, int paren) {
    String m = src.masked();
    int q = skipSpace(m, paren + 1);
    if (q >= m.length() || "'\"`".indexOf(m.charAt(q)) < 0) {
      return null;
    }
    int qEnd = m.indexOf(m.charAt(q), q + 1);
    int callEnd = src.closing(paren);
    if (qEnd < 0 || callEnd < 0) {
      return null;
    }
    String title = src.original().substring(q + 1, qEnd);
    boolean skipped = kind.startsWith("x") || mods.contains("skip") || mods.contains("todo");
    int bodyStart = -1;
    int bodyEnd = -1;
    boolean empty = false;
    Matcher f = FUNCTION.matcher(m).region(qEnd + 1, callEnd);
    if (f.find()) {
      int after = skipFunctionHead(m, f.end(), callEnd, f.group().equals("function"));
      if (after >= 0 && m.charAt(after) == '{') {
        bodyStart = after;
        bodyEnd = src.closing(after);
        empty = bodyEnd > 0 && src.blankBetween(after + 1, bodyEnd);
      } else if (after >= 0) {
        // An expression body, `() => expect(x).toBe(1)`: it runs to the end of the call.
        bodyStart = after;
        bodyEnd = callEnd;
      }
    }
    return new Call(kind, title, at, skipped ? src.lineAt(at) : 0, bodyStart, bodyEnd, empty);
  }

  /** After {@code =>} the body; after {@code function} the body following its parameters. */
  private static int skipFunctionHead(String m, int from, int limit, boolean keyword) {
    int i = skipSpace(m, from);
    if (keyword && i < limit) {
      int open = m.indexOf('(', i);
      int brace = open < 0 ? -1 : m.indexOf('{', open);
      return brace >= 0 && brace < limit ? brace : -1;
    }
    return i < limit ? i : -1;
  }

  private static int skipSpace(String m, int i) {
    while (i < m.length() && Character.isWhitespace(m.charAt(i))) {
      i++;
    }
    return i;
  }
}
