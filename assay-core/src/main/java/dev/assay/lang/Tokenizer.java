package dev.assay.lang;

/**
 * Splits source text into tokens in one pass, knowing the strings, comments, template literals,
 * regular expression literals and (for Python) indentation of each {@link Language}. Never throws
 * on malformed input: an unterminated literal or comment becomes a token to the end of its line or
 * of the file and is counted in {@link TokenStream#problems()}. Stateless and thread-safe.
 */
public final class Tokenizer {
  private Tokenizer() {}

  /** Tokenizes {@code text}; the array is kept (not copied) and must not be modified afterwards. */
  public static TokenStream tokenize(Language language, char[] text) {
    return new Lexer(language, text).run();
  }

  public static TokenStream tokenize(Language language, String text) {
    return tokenize(language, text.toCharArray());
  }
}
