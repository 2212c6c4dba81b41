package dev.assay.gate.tests;

import java.util.Locale;
import java.util.Optional;

/** The languages whose test sources the gate reads, and their comment and string syntax. */
enum TestLanguage {
  JVM("//", true, "\"'", "", "\""),
  PYTHON("#", false, "\"'", "", "\"'"),
  JAVASCRIPT("//", true, "\"'", "`", ""),
  GO("//", true, "\"'", "`", "");

  private final String lineComment;
  private final boolean blockComments;
  private final String quotes;
  private final String rawQuotes;
  private final String tripleQuotes;

  TestLanguage(
      String lineComment,
      boolean blockComments,
      String quotes,
      String rawQuotes,
      String tripleQuotes) {
    this.lineComment = lineComment;
    this.blockComments = blockComments;
    this.quotes = quotes;
    this.rawQuotes = rawQuotes;
    this.tripleQuotes = tripleQuotes;
  }

  /** The language of a file by its extension, or empty when the gate does not read it. */
  static Optional<TestLanguage> of(String path) {
    String p = path.toLowerCase(Locale.ROOT);
    String ext = p.substring(p.lastIndexOf('.') + 1);
    return switch (ext) {
      case "java", "kt", "kts", "groovy", "scala" -> Optional.of(JVM);
      case "py" -> Optional.of(PYTHON);
      case "js", "jsx", "ts", "tsx", "mjs", "cjs" -> Optional.of(JAVASCRIPT);
      case "go" -> p.endsWith("_test.go") ? Optional.of(GO) : Optional.empty();
      default -> Optional.empty();
    };
  }

  String lineComment() {
    return lineComment;
  }

  boolean blockComments() {
    return blockComments;
  }

  boolean isQuote(char c) {
    return quotes.indexOf(c) >= 0;
  }

  /** Quotes whose strings have no escapes and may span lines (Go raw strings, JS templates). */
  boolean isRawQuote(char c) {
    return rawQuotes.indexOf(c) >= 0;
  }

  /** Quotes that, tripled, open a multi-line string (Java text blocks, Python docstrings). */
  boolean isTripleQuote(char c) {
    return tripleQuotes.indexOf(c) >= 0;
  }
}
