package dev.assay.gate.maintainability;

import dev.assay.api.FileChange;
import dev.assay.api.GateContext;
import dev.assay.glob.Glob;
import dev.assay.lang.Language;
import dev.assay.lang.SourceScreen;
import dev.assay.lang.TokenStream;
import dev.assay.lang.Tokenizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A changed file at head, screened and tokenized. */
record SourceFile(FileChange change, Language language, TokenStream tokens) {

  String path() {
    return change.path();
  }

  /**
   * The changed files that exist at head, add lines, are in a language the tokenizer reads and are
   * not excluded; a file skipped for its content (binary, generated, minified) or read only in
   * part gets a note, so nothing is left out silently.
   */
  static List<SourceFile> changed(GateContext<MaintainabilityConfig> ctx, List<String> notes) {
    List<SourceFile> out = new ArrayList<>();
    for (FileChange c : ctx.change().files()) {
      Optional<Language> lang = Language.ofPath(c.path());
      if (!c.existsAtHead() || c.addedLines().isEmpty() || lang.isEmpty()) {
        continue;
      }
      if (Glob.anyMatch(Glob.compileAll(ctx.configFor(c.path()).exclude()), c.path())) {
        continue;
      }
      Optional<String> text = ctx.head().read(c.path());
      if (text.isEmpty()) {
        notes.add("Not analysed: " + c.path() + " (not readable at head).");
        continue;
      }
      tokenize(c.path(), lang.get(), text.get(), notes)
          .ifPresent(t -> out.add(new SourceFile(c, lang.get(), t)));
    }
    return out;
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
