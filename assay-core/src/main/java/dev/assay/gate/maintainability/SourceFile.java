package dev.assay.gate.maintainability;

import dev.assay.api.ChangedLines;
import dev.assay.api.FileChange;
import dev.assay.api.Finding;
import dev.assay.api.GateContext;
import dev.assay.api.LineRange;
import dev.assay.glob.Glob;
import dev.assay.lang.FunctionInfo;
import dev.assay.lang.Functions;
import dev.assay.lang.Language;
import dev.assay.lang.SourceScreen;
import dev.assay.lang.TokenStream;
import dev.assay.lang.Tokenizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A changed file at head, screened, tokenized and measured. Only the normalised tokens are kept
 * for duplicate detection: a whole-tree scan holds thirteen thousand of these, and the token
 * streams themselves would cost several times the memory.
 */
record SourceFile(FileChange change, Language language, Duplicates.Normalized normalized) {

  String path() {
    return change.path();
  }

  /** What one changed file yields: the file (if it was read), its function findings, notes. */
  record Analysis(Optional<SourceFile> file, List<Finding> findings, int measured, List<String> notes) {
    static final Analysis NONE = new Analysis(Optional.empty(), List.of(), 0, List.of());
  }

  /**
   * The changed files that exist at head, add lines, are in a language the tokenizer reads and are
   * not excluded, each analysed on the common fork-join pool; results in change order. A file
   * skipped for its content (binary, generated, minified) or read only in part gets a note, so
   * nothing is left out silently.
   */
  static List<Analysis> analyseChanged(GateContext<MaintainabilityConfig> ctx) {
    Map<List<String>, List<Glob>> globs = new ConcurrentHashMap<>();
    return ctx.change().files().parallelStream()
        .map(c -> analyse(ctx, c, globs))
        .toList();
  }

  private static Analysis analyse(
      GateContext<MaintainabilityConfig> ctx, FileChange c, Map<List<String>, List<Glob>> globs) {
    Optional<Language> lang = Language.ofPath(c.path());
    if (!c.existsAtHead() || c.addedLines().isEmpty() || lang.isEmpty()) {
      return Analysis.NONE;
    }
    MaintainabilityConfig cfg = ctx.configFor(c.path());
    if (Glob.anyMatch(globs.computeIfAbsent(cfg.exclude(), Glob::compileAll), c.path())) {
      return Analysis.NONE;
    }
    List<String> notes = new ArrayList<>(1);
    Optional<String> text = ctx.head().read(c.path());
    if (text.isEmpty()) {
      notes.add("Not analysed: " + c.path() + " (not readable at head).");
      return new Analysis(Optional.empty(), List.of(), 0, notes);
    }
    Optional<TokenStream> tokens = tokenize(c.path(), lang.get(), text.get(), notes);
    if (tokens.isEmpty()) {
      return new Analysis(Optional.empty(), List.of(), 0, notes);
    }
    List<Finding> findings = new ArrayList<>();
    int measured = 0;
    for (FunctionInfo fn : Functions.find(tokens.get())) {
      if (touches(c.addedLines(), fn)) {
        measured++;
        FunctionRules.check(c.path(), fn, cfg, findings::add);
      }
    }
    SourceFile file =
        new SourceFile(c, lang.get(), Duplicates.normalize(c.path(), tokens.get()));
    return new Analysis(Optional.of(file), findings, measured, notes);
  }

  static boolean touches(ChangedLines added, FunctionInfo fn) {
    for (LineRange r : added.ranges()) {
      if (r.start() <= fn.endLine() && r.end() >= fn.startLine()) {
        return true;
      }
    }
    return false;
  }

  /** Screens and tokenizes one file; empty (with a note) when it is skipped. */
  static Optional<TokenStream> tokenize(
      String path, Language lang, String text, List<String> notes) {
    char[] chars = text.toCharArray();
    Optional<String> skip = SourceScreen.skipReason(chars);
    if (skip.isPresent()) {
      notes.add("Not analysed: " + path + " (" + skip.get() + ").");
      return Optional.empty();
    }
    TokenStream t = Tokenizer.tokenize(lang, chars);
    if (t.partial()) {
      notes.add(
          "Partially parsed: " + path + " (" + t.problems() + " unterminated literal(s) or"
              + " comment(s)); measures after the first one may be off.");
    }
    return Optional.of(t);
  }
}
