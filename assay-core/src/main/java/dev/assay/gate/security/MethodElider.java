package dev.assay.gate.security;

import dev.assay.lang.Language;
import dev.assay.lang.TokenKind;
import dev.assay.lang.TokenStream;
import dev.assay.lang.Tokenizer;
import java.util.Set;

/**
 * Empties the bodies of the methods of a Java file that cannot hold a finding (no sink word in
 * their header or body) down to their line breaks, so that JavaParser, the costly step
 * of a whole-tree scan, parses only the class skeleton (fields, signatures) and the few methods
 * that matter. Findings keep their lines (columns after an emptied body move, and are not used). Method bodies are found on the
 * tokenizer's tokens (strings and comments known): a brace that follows {@code )} or a {@code
 * throws} clause directly inside a class body. Stateless.
 */
final class MethodElider {
  private MethodElider() {}

  /**
   * The text with irrelevant method bodies reduced to their line breaks.
   *
   * @param keep decides from a method's text (header and body) whether it may hold a finding
   */
  static String elide(String text, java.util.function.Predicate<String> keep) {
    char[] chars = text.toCharArray();
    TokenStream t = Tokenizer.tokenize(Language.JAVA, chars);
    if (t.partial()) {
      return text;
    }
    int n = t.size();
    int[] sig = new int[n];
    int m = 0;
    for (int i = 0; i < n; i++) {
      if (t.kind(i) != TokenKind.COMMENT) {
        sig[m++] = i;
      }
    }
    // Stack of open braces: true for a class body.
    boolean[] classBody = new boolean[Math.max(16, m)];
    int[] openAt = new int[Math.max(16, m)];
    int depth = 0;
    int lastBoundary = -1;
    StringBuilder out = new StringBuilder(text.length());
    int copied = 0;
    for (int p = 0; p < m; p++) {
      int i = sig[p];
      if (t.kind(i) != TokenKind.PUNCT) {
        continue;
      }
      if (t.is(i, "{")) {
        boolean cls = depth == 0 || declaresType(t, sig, lastBoundary + 1, p);
        boolean method = !cls && depth > 0 && classBody[depth - 1] && isMethodBody(t, sig, p);
        classBody[depth] = cls;
        openAt[depth] = method ? p : -1;
        depth++;
        lastBoundary = p;
      } else if (t.is(i, "}") && depth > 0) {
        depth--;
        int open = openAt[depth];
        if (open >= 0) {
          int headerStart = t.start(sig[headerStart(t, sig, open)]);
          int bodyEnd = t.end(i);
          int from = t.end(sig[open]);
          if (from >= copied && !keep.test(text.substring(headerStart, bodyEnd))) {
            out.append(text, copied, from);
            newlinesOnly(text, from, t.start(i), out);
            copied = t.start(i);
          }
        }
        lastBoundary = p;
      } else if (t.is(i, ";")) {
        lastBoundary = p;
      }
    }
    if (copied == 0) {
      return text;
    }
    out.append(text, copied, text.length());
    return out.toString();
  }

  private static boolean declaresType(TokenStream t, int[] sig, int from, int to) {
    for (int p = from; p < to; p++) {
      int i = sig[p];
      if (t.kind(i) == TokenKind.KEYWORD && (t.is(i, "class") || t.is(i, "interface") || t.is(i, "enum"))
          || t.kind(i) == TokenKind.IDENTIFIER && t.text(i).equals("record") && p + 2 < to) {
        return true;
      }
    }
    return false;
  }

  /** A brace right after {@code )}, or after {@code ) throws A, b.B<C>}. */
  private static boolean isMethodBody(TokenStream t, int[] sig, int brace) {
    int p = brace - 1;
    if (p < 0) {
      return false;
    }
    if (t.is(sig[p], ")")) {
      return !isControlHeader(t, sig, p);
    }
    while (p >= 0 && (t.kind(sig[p]) == TokenKind.IDENTIFIER || t.is(sig[p], ".") || t.is(sig[p], ",")
        || t.is(sig[p], "<") || t.is(sig[p], ">"))) {
      p--;
    }
    return p > 0 && t.is(sig[p], "throws") && t.is(sig[p - 1], ")");
  }

  private static final Set<String> CONTROL = Set.of("if", "for", "while", "switch", "catch", "synchronized", "try");

  /** {@code if (...) {} } and friends at class level cannot occur, but a malformed file may have them. */
  private static boolean isControlHeader(TokenStream t, int[] sig, int close) {
    int depth = 0;
    for (int p = close; p >= 0; p--) {
      int i = sig[p];
      if (t.is(i, ")")) {
        depth++;
      } else if (t.is(i, "(") && --depth == 0) {
        return p > 0 && CONTROL.contains(t.text(sig[p - 1]));
      }
    }
    return false;
  }

  /** The first token of a member's header: just after the previous ; { or } before the body. */
  private static int headerStart(TokenStream t, int[] sig, int brace) {
    int p = brace - 1;
    while (p >= 0 && !(t.is(sig[p], ";") || t.is(sig[p], "{") || t.is(sig[p], "}"))) {
      p--;
    }
    return p + 1;
  }

  /** Only the line breaks of {@code [from, to)}, so lines after it keep their numbers. */
  private static void newlinesOnly(String text, int from, int to, StringBuilder out) {
    for (int p = from; p < to; p++) {
      if (text.charAt(p) == '\n') {
        out.append('\n');
      }
    }
  }
}
