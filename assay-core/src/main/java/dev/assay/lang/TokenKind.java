package dev.assay.lang;

/** What a token is; stored as its ordinal in {@link TokenStream}. */
public enum TokenKind {
  IDENTIFIER,
  KEYWORD,
  NUMBER,
  /** A string or character literal, quotes included; for templates, one literal part. */
  STRING,
  /** A part of a JavaScript/TypeScript template literal between backticks and {@code ${}} holes. */
  TEMPLATE,
  /** A JavaScript/TypeScript regular expression literal with its flags. */
  REGEX,
  COMMENT,
  /** Brackets, braces, parentheses, comma, semicolon. */
  PUNCT,
  OPERATOR,
  /** The end of a logical line (Python only; zero width). */
  NEWLINE,
  /** The start of a more indented block (Python only; zero width). */
  INDENT,
  /** The end of an indented block (Python only; zero width). */
  DEDENT;

  private static final TokenKind[] VALUES = values();

  static TokenKind of(int ordinal) {
    return VALUES[ordinal];
  }

  /** True for literal kinds whose text is data rather than code. */
  public boolean isLiteral() {
    return this == STRING || this == TEMPLATE || this == REGEX || this == NUMBER;
  }
}
