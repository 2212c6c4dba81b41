package dev.assay.gate.security;

import dev.assay.api.Finding;
import dev.assay.api.Severity;
import dev.assay.glob.Glob;
import dev.assay.glob.TestPaths;
import dev.assay.lang.Language;
import dev.assay.lang.SourceScreen;
import dev.assay.lang.TokenStream;
import dev.assay.lang.Tokenizer;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * The analyzer behind the security gate, public so other tools (a FindSecBugs adapter, an IDE
 * plugin) can scan a text or a file and merge the results: every finding carries its rule id, CWE
 * ({@code cwe} property), confidence and line. Java is parsed with JavaParser (intra-method data
 * flow); JavaScript, TypeScript, Python, Go, Kotlin, PHP and C# are read through the {@code
 * dev.assay.lang} tokenizer. A file is parsed only when a cheap substring prescreen finds a sink
 * word in it. Immutable and thread-safe; build one per configuration and share it.
 */
public final class SecurityScanner {
  /** At most this many findings per file; a file with more is generated or hostile. */
  public static final int MAX_FINDINGS_PER_FILE = 200;

  /** Larger files are not parsed (they are reported as not analysed). */
  public static final int MAX_CHARS = 4 * 1024 * 1024;

  private static final SecurityScanner DEFAULT = new SecurityScanner(SecurityConfig.defaults());

  private final SecurityConfig config;
  private final List<Glob> exclude;
  private final TestPaths testPaths;
  private final Set<SecurityRule> enabled;

  /**
   * What scanning one file gave.
   *
   * @param findings findings sorted by line then rule
   * @param candidate whether the prescreen found a sink word (so the file was parsed)
   * @param problem why the file was not (fully) analysed, or empty
   */
  public record FileScan(List<Finding> findings, boolean candidate, Optional<String> problem) {
    public FileScan {
      findings = List.copyOf(findings);
      Objects.requireNonNull(problem, "problem");
    }
  }

  public SecurityScanner(SecurityConfig config) {
    this.config = Objects.requireNonNull(config, "config");
    this.exclude = Glob.compileAll(config.exclude());
    this.testPaths = new TestPaths(config.testPaths(), SecurityConfig.DEFAULT_TEST_PATHS);
    this.enabled = config.enabled();
  }

  /** Scans a file's text with the default configuration, every line. */
  public static List<Finding> scan(String path, String text) {
    return DEFAULT.scan(path, text, line -> true).findings();
  }

  /**
   * Scans a file on disk with the default configuration (decoded as UTF-8, malformed bytes
   * replaced); {@code path} names it in the findings.
   */
  public static List<Finding> scan(Path file, String path) throws IOException {
    return scan(path, read(file));
  }

  private static String read(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new IOException(file + ": not decodable", e);
    }
  }

  /** True when the configuration says never to scan this path. */
  public boolean excludes(String path) {
    return Glob.anyMatch(exclude, path);
  }

  /**
   * Scans one file's text.
   *
   * @param path repository-relative path with forward slashes (selects the language and the
   *     test-path severity, and is copied into the findings)
   * @param text the whole file text
   * @param lines the lines to report on (the change's added lines, or every line)
   */
  public FileScan scan(String path, String text, IntPredicate lines) {
    return scan(path, text, lines, new ArrayList<>());
  }

  /** As {@link #scan(String, String, IntPredicate)}, adding to {@code proofs} the sinks judged safe. */
  FileScan scan(String path, String text, IntPredicate lines, List<Proof> proofs) {
    Optional<Language> lang = Language.ofPath(path);
    if (lang.isEmpty() || excludes(path)) {
      return new FileScan(List.of(), false, Optional.empty());
    }
    Set<SecurityRule> rules = Prescreen.candidates(lang.get(), text, enabled);
    if (rules.isEmpty()) {
      return new FileScan(List.of(), false, Optional.empty());
    }
    if (text.length() > MAX_CHARS) {
      return new FileScan(List.of(), true, Optional.of("too large to analyse (" + text.length() + " chars)"));
    }
    char[] chars = text.toCharArray();
    Optional<String> skip = SourceScreen.skipReason(chars);
    if (skip.isPresent()) {
      return new FileScan(List.of(), true, skip);
    }
    List<Hit> hits = new ArrayList<>();
    Optional<String> problem = Optional.empty();
    if (lang.get() == Language.JAVA) {
      try {
        hits.addAll(JavaAnalyzer.analyze(text, rules, proofs));
      } catch (JavaAnalyzer.Unparsed e) {
        problem = Optional.of("not parsed as Java: " + e.getMessage());
      }
    } else {
      TokenStream tokens = Tokenizer.tokenize(lang.get(), chars);
      TokenRules.run(new Tokens(tokens), text, rules, hits);
      if (tokens.partial()) {
        problem = Optional.of(tokens.problems() + " unterminated literal(s) or comment(s); findings after them may be missed");
      }
    }
    return new FileScan(findings(path, hits, lines), true, problem);
  }

  /**
   * The built-in flow's judgement of every sink of a Java file whose rule's sink words it names,
   * also where the prescreen would skip the rule for want of a source word (path traversal with no
   * request in the file): the proofs another analyzer's findings are weighed against. Empty for
   * other languages and for files that do not parse.
   */
  List<Proof> javaProofs(String text) {
    Set<SecurityRule> rules = Prescreen.javaSinkRules(text, enabled);
    if (rules.isEmpty() || text.length() > MAX_CHARS || SourceScreen.skipReason(text.toCharArray()).isPresent()) {
      return List.of();
    }
    List<Proof> proofs = new ArrayList<>();
    try {
      JavaAnalyzer.analyze(text, rules, proofs);
    } catch (JavaAnalyzer.Unparsed e) {
      return List.of();
    }
    return proofs;
  }

  private List<Finding> findings(String path, List<Hit> hits, IntPredicate lines) {
    boolean test = testPaths.matches(path);
    Set<String> seen = new HashSet<>();
    List<Finding> out = new ArrayList<>();
    for (Hit h : hits) {
      if (!lines.test(h.line()) || !seen.add(h.rule() + ":" + h.line())) {
        continue;
      }
      out.add(finding(path, h, test));
    }
    out.sort(Comparator.comparingInt(Finding::line).thenComparing(Finding::rule).thenComparing(Finding::message));
    return out.size() > MAX_FINDINGS_PER_FILE ? List.copyOf(out.subList(0, MAX_FINDINGS_PER_FILE)) : out;
  }

  private Finding finding(String path, Hit h, boolean test) {
    SecurityRule rule = h.rule();
    Severity severity = config.severity(rule);
    if (h.advisory() && severity == Severity.ERROR) {
      severity = Severity.WARNING;
    }
    if (test) {
      severity = severity == Severity.ERROR ? Severity.WARNING : Severity.NOTE;
    }
    String what = rule.what();
    String message =
        Character.toUpperCase(what.charAt(0))
            + what.substring(1)
            + ": "
            + h.detail()
            + (test ? " (in test code)" : "")
            + ". Why and fix: "
            + rule.fix()
            + ".";
    Finding f =
        Finding.at(SecurityGate.ID, rule.id(), path, h.line(), h.endLine(), severity, message)
            .with("cwe", rule.cwe())
            .with("confidence", h.advisory() ? "low" : rule.confidence());
    return test ? f.with("test-path", "true") : f;
  }
}
