package dev.assay.engine;

import dev.assay.api.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Inline suppressions: {@code assay:ignore <rule> -- <reason>} in any comment syntax, on the
 * finding's first line or the line above it. The rule is a full rule id, a gate id, or
 * {@code <gate>/*}. The reason is mandatory; a suppression without one is not honoured and is
 * reported so the author can add it.
 */
final class Suppressions {
  private static final Pattern MARKER =
      Pattern.compile("assay:ignore\\s+([A-Za-z0-9_./*-]+)(?:\\s+--\\s*(.*?))?\\s*(?:\\*/|-->|#\\})?\\s*$");

  private final Fingerprints source;
  private final List<String> unjustified = new ArrayList<>();

  Suppressions(Fingerprints source) {
    this.source = source;
  }

  /** The reason of the suppression that applies to the finding, if any. */
  Optional<String> reasonFor(Finding f) {
    if (!f.hasPath() || !f.hasLine()) {
      return Optional.empty();
    }
    for (int line = f.line(); line >= Math.max(1, f.line() - 1); line--) {
      String text = source.lineText(f.path(), line);
      if (!text.contains("assay:ignore")) {
        continue; // the marker's literal; most lines of a whole-tree scan lack it
      }
      Matcher m = MARKER.matcher(text);
      if (m.find() && covers(m.group(1), f)) {
        String reason = m.group(2) == null ? "" : m.group(2).strip();
        if (reason.isEmpty()) {
          unjustified.add(f.path() + ":" + line);
          return Optional.empty();
        }
        return Optional.of(reason);
      }
    }
    return Optional.empty();
  }

  /** Locations of suppressions that named this run's findings but gave no reason. */
  List<String> unjustified() {
    return unjustified.stream().distinct().sorted().toList();
  }

  private static boolean covers(String pattern, Finding f) {
    return pattern.equals(f.rule())
        || pattern.equals(f.gate())
        || pattern.equals(f.gate() + "/*");
  }
}
