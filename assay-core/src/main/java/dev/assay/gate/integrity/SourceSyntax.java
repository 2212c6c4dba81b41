package dev.assay.gate.integrity;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The comment and string syntax of the files whose added lines the gate reads for markers. */
enum SourceSyntax {
  /** Java, Kotlin, JavaScript, TypeScript, Go, C, C++, C#, Swift, Dart, Groovy, Scala. */
  C_LIKE(List.of("//"), true, "\"'", "`", "\""),
  /** Rust: a quote also starts a lifetime ({@code 'a}), so only double quotes open strings. */
  RUST(List.of("//"), true, "\"", "", ""),
  /** PHP: {@code //}, {@code #} and block comments. */
  PHP(List.of("//", "#"), true, "\"'", "", ""),
  /** Python: {@code #} comments and triple-quoted strings. */
  PYTHON(List.of("#"), false, "\"'", "", "\"'"),
  /** Ruby, shell, YAML, TOML, INI and properties files: {@code #} comments. */
  HASH(List.of("#"), false, "\"'", "", "");

  private final List<String> lineComments;
  private final boolean blockComments;
  private final String quotes;
  private final String rawQuotes;
  private final String tripleQuotes;
  private final boolean[] openers = new boolean[128];

  SourceSyntax(
      List<String> lineComments,
      boolean blockComments,
      String quotes,
      String rawQuotes,
      String tripleQuotes) {
    this.lineComments = lineComments;
    this.blockComments = blockComments;
    this.quotes = quotes;
    this.rawQuotes = rawQuotes;
    this.tripleQuotes = tripleQuotes;
    for (String lc : lineComments) {
      openers[lc.charAt(0)] = true;
    }
    if (blockComments) {
      openers['/'] = true;
    }
    for (String chars : List.of(quotes, rawQuotes, tripleQuotes)) {
      chars.chars().forEach(c -> openers[c] = true);
    }
  }

  /**
   * Indexed by ASCII character: true for the first character of a line comment, a block comment
   * or a string. Every such character is ASCII. Shared; callers must not modify it.
   */
  boolean[] openers() {
    return openers;
  }

  /** The syntax of a file by its extension, or empty for files that are not source code. */
  static Optional<SourceSyntax> of(String path) {
    String p = path.toLowerCase(Locale.ROOT);
    String name = p.substring(p.lastIndexOf('/') + 1);
    String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
    return switch (ext) {
      case "java", "kt", "kts", "groovy", "gradle", "scala", "js", "jsx", "ts", "tsx", "mjs",
          "cjs", "mts", "cts", "vue", "svelte", "go", "c", "h", "cc", "cpp", "cxx", "hpp", "hh",
          "cs", "swift", "dart" -> Optional.of(C_LIKE);
      case "rs" -> Optional.of(RUST);
      case "php" -> Optional.of(PHP);
      case "py", "pyi" -> Optional.of(PYTHON);
      case "rb", "sh", "bash", "zsh", "yml", "yaml", "toml", "cfg", "ini", "properties", "r" ->
          Optional.of(HASH);
      default -> name.equals(".coveragerc") ? Optional.of(HASH) : Optional.empty();
    };
  }

  List<String> lineComments() {
    return lineComments;
  }

  boolean blockComments() {
    return blockComments;
  }

  boolean isQuote(char c) {
    return quotes.indexOf(c) >= 0;
  }

  boolean isRawQuote(char c) {
    return rawQuotes.indexOf(c) >= 0;
  }

  boolean isTripleQuote(char c) {
    return tripleQuotes.indexOf(c) >= 0;
  }
}
