package dev.assay.lang;

import java.util.ArrayList;
import java.util.List;

/**
 * A source text with comments and the insides of string, template and regex literals replaced by
 * spaces, at the same offsets and with every line break kept, so a regular expression over {@link
 * #text()} never matches inside a literal or a comment and its offsets and lines are those of the
 * original. Literals keep their first and last char, so code can still see that a literal is there.
 * Immutable and thread-safe.
 */
public final class Masked {
  private final TokenStream tokens;
  private final String text;

  private Masked(TokenStream tokens, String text) {
    this.tokens = tokens;
    this.text = text;
  }

  /** Masks the text of {@code tokens}. */
  public static Masked of(TokenStream tokens) {
    char[] src = tokens.chars();
    char[] out = src.clone();
    for (int i = 0; i < tokens.size(); i++) {
      TokenKind k = tokens.kind(i);
      if (k == TokenKind.COMMENT) {
        blank(out, tokens.start(i), tokens.end(i));
      } else if (k == TokenKind.STRING || k == TokenKind.TEMPLATE || k == TokenKind.REGEX) {
        blank(out, tokens.start(i) + 1, tokens.end(i) - 1);
      }
    }
    return new Masked(tokens, new String(out));
  }

  private static void blank(char[] out, int from, int to) {
    for (int p = from; p < to; p++) {
      if (out[p] != '\n' && out[p] != '\r') {
        out[p] = ' ';
      }
    }
  }

  /** The masked text, as long as the original. */
  public String text() {
    return text;
  }

  /** The tokens the mask was built from. */
  public TokenStream tokens() {
    return tokens;
  }

  /** The 1-based line of an offset in the text. */
  public int lineOf(int offset) {
    int line = 1;
    for (int p = 0; p < offset && p < text.length(); p++) {
      if (text.charAt(p) == '\n') {
        line++;
      }
    }
    return line;
  }

  /** Every string literal and template part, in source order. */
  public List<StringLiteral> strings() {
    List<StringLiteral> out = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      TokenKind k = tokens.kind(i);
      if (k == TokenKind.STRING || k == TokenKind.TEMPLATE) {
        out.add(new StringLiteral(tokens.line(i), tokens.start(i), tokens.end(i), tokens.text(i)));
      }
    }
    return out;
  }
}
