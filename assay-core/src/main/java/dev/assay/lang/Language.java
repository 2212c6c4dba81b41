package dev.assay.lang;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A language the tokenizer reads, chosen by file extension, with the lexical facts that decide
 * where strings and comments begin and end.
 */
public enum Language {
  JAVA(List.of("java"), Syntax.C_COMMENTS | Syntax.TEXT_BLOCKS, Keywords.JAVA),
  KOTLIN(
      List.of("kt", "kts"),
      Syntax.C_COMMENTS | Syntax.TEXT_BLOCKS | Syntax.NESTED_COMMENTS | Syntax.DOLLAR_TEMPLATES,
      Keywords.KOTLIN),
  JAVASCRIPT(
      List.of("js", "jsx", "mjs", "cjs"),
      Syntax.C_COMMENTS | Syntax.BACKTICK_TEMPLATES | Syntax.REGEX_LITERALS,
      Keywords.JAVASCRIPT),
  TYPESCRIPT(
      List.of("ts", "tsx", "mts", "cts"),
      Syntax.C_COMMENTS | Syntax.BACKTICK_TEMPLATES | Syntax.REGEX_LITERALS,
      Keywords.TYPESCRIPT),
  PYTHON(
      List.of("py", "pyi"),
      Syntax.HASH_COMMENTS | Syntax.TRIPLE_QUOTES | Syntax.INDENTATION,
      Keywords.PYTHON),
  GO(List.of("go"), Syntax.C_COMMENTS | Syntax.BACKTICK_RAW, Keywords.GO),
  CSHARP(List.of("cs"), Syntax.C_COMMENTS | Syntax.VERBATIM_STRINGS, Keywords.CSHARP),
  PHP(
      List.of("php"),
      Syntax.C_COMMENTS | Syntax.HASH_COMMENTS | Syntax.MULTILINE_QUOTES | Syntax.HEREDOC,
      Keywords.PHP);

  private final List<String> extensions;
  private final int syntax;
  private final List<String> keywords;

  Language(List<String> extensions, int syntax, List<String> keywords) {
    this.extensions = extensions;
    this.syntax = syntax;
    this.keywords = keywords;
  }

  /** The language of a path by its extension (case-insensitive), or empty for any other file. */
  public static Optional<Language> ofPath(String path) {
    int slash = path.lastIndexOf('/');
    int dot = path.lastIndexOf('.');
    if (dot <= slash + 1) {
      return Optional.empty();
    }
    String ext = path.substring(dot + 1).toLowerCase(Locale.ROOT);
    for (Language l : values()) {
      if (l.extensions.contains(ext)) {
        return Optional.of(l);
      }
    }
    return Optional.empty();
  }

  /** File extensions of this language, lower case, without the dot. */
  public List<String> extensions() {
    return extensions;
  }

  /** Whether blocks are delimited by indentation (Python) rather than braces. */
  public boolean indentationBlocks() {
    return has(Syntax.INDENTATION);
  }

  boolean has(int flag) {
    return (syntax & flag) != 0;
  }

  List<String> keywordList() {
    return keywords;
  }

  /** Words that are not reserved but that the structural passes look for. */
  List<String> contextualWords() {
    return List.of("self", "cls", "get", "set", "constructor", "async", "when", "where", "base", "record", "use", "match");
  }

  /** Bit flags of lexical features. */
  static final class Syntax {
    static final int C_COMMENTS = 1;
    static final int HASH_COMMENTS = 1 << 1;
    static final int NESTED_COMMENTS = 1 << 2;
    static final int TEXT_BLOCKS = 1 << 3;
    static final int TRIPLE_QUOTES = 1 << 4;
    static final int BACKTICK_TEMPLATES = 1 << 5;
    static final int BACKTICK_RAW = 1 << 6;
    static final int REGEX_LITERALS = 1 << 7;
    static final int VERBATIM_STRINGS = 1 << 8;
    static final int MULTILINE_QUOTES = 1 << 9;
    static final int HEREDOC = 1 << 10;
    static final int INDENTATION = 1 << 11;
    static final int DOLLAR_TEMPLATES = 1 << 12;

    private Syntax() {}
  }
}
