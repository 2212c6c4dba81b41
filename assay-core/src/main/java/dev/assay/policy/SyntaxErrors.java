package dev.assay.policy;

import dev.assay.api.CriteriaException;
import dev.assay.api.Location;
import java.util.Optional;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ReaderException;

/**
 * Rewords snakeyaml's parse errors for people who are not YAML experts, and locates them as {@code
 * file:line:column} (1-based, columns counted in characters like snakeyaml does).
 */
final class SyntaxErrors {
  private static final String INDENT_HINT =
      "check the indentation and quoting at this position; quote values that contain `: ` or"
          + " start with one of `*&!{[|>%@`";

  /** snakeyaml's token names and idioms, as regex and replacement. */
  private static final String[][] PLAIN_WORDS = {
    {"'?<stream end>'?", "the end of the file"},
    {"end of stream", "end of the file"},
    {"'?<block end>'?", "the end of the indented block"},
    {"'?<block mapping start>'?", "a key at a different indentation"},
    {"'?<block sequence start>'?", "a `-` entry at a different indentation"},
    {"'?<scalar>'?", "a value"},
    {"mapping values are not allowed here", "a `: ` is not allowed here"},
    {"found undefined alias (\\S+)", "found the alias `*$1` but no anchor `&$1` before it"},
    {"\\. \\(Do not use .* for indentation\\)", ""},
  };

  private final String file;
  private final String text;

  SyntaxErrors(String file, String text) {
    this.file = file;
    this.text = text;
  }

  CriteriaException marked(MarkedYamlEngineException e) {
    Optional<Mark> mark = e.getProblemMark().or(e::getContextMark);
    Location at = position(mark);
    String problem = e.getProblem() == null ? "" : e.getProblem();
    if (problem.contains("\\t(TAB)")) {
      return new CriteriaException(
          at, "YAML syntax error: a tab character is used for indentation", "indent with spaces");
    }
    String words = problem;
    for (String[] r : PLAIN_WORDS) {
      words = words.replaceAll(r[0], r[1]);
    }
    String context =
        e.getContext() == null || e.getContext().isBlank() ? "" : " (" + e.getContext() + ")";
    return new CriteriaException(at, "YAML syntax error: " + words + context, INDENT_HINT);
  }

  CriteriaException unreadable(ReaderException e) {
    return new CriteriaException(
        positionAt(e.getPosition()),
        String.format("the character U+%04X is not allowed in a YAML file", e.getCodePoint()),
        "remove it or write it as an escape inside double quotes, e.g. \"\\u00e9\"");
  }

  Location eventPosition(Event event) {
    return position(event.getStartMark());
  }

  /** The position of the code point with the given 0-based index in the text. */
  Location positionAt(int codePointIndex) {
    int line = 1;
    int column = 1;
    int offset = 0;
    for (int i = 0; i < codePointIndex && offset < text.length(); i++) {
      int cp = text.codePointAt(offset);
      offset += Character.charCount(cp);
      boolean crlf = cp == '\r' && offset < text.length() && text.charAt(offset) == '\n';
      if (cp == '\n' || cp == '\r' && !crlf) {
        line++;
        column = 1;
      } else if (!crlf) {
        column++;
      }
    }
    return new Location(file, line, column, "");
  }

  private Location position(Optional<Mark> mark) {
    return mark.map(m -> new Location(file, m.getLine() + 1, m.getColumn() + 1, ""))
        .orElseGet(() -> new Location(file, 0, 0, ""));
  }
}
