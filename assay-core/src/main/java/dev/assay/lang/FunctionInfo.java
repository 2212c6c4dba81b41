package dev.assay.lang;

import java.util.Objects;

/**
 * One function, method, constructor or block-bodied arrow function, with its metrics.
 *
 * @param name its name, or {@code (anonymous)}
 * @param startLine the line of its name or declaration keyword (annotations and modifiers on
 *     earlier lines are not included)
 * @param endLine the line of the end of its body
 * @param parameters number of declared parameters ({@code self}/{@code cls} and Python's bare
 *     {@code *} and {@code /} markers not counted)
 * @param bodyStart token index of the body's first token (its brace, Python's INDENT)
 * @param bodyEnd token index of the body's last token (its closing brace, Python's DEDENT)
 * @param lines non-blank, non-comment lines from {@code startLine} to {@code endLine}, nested
 *     functions included
 * @param complexity cyclomatic complexity: 1 plus one per decision point; decisions inside nested
 *     functions count for those only
 * @param nesting deepest nesting of control-flow blocks in the body, 0 for straight-line code;
 *     blocks of nested functions count for those only
 */
public record FunctionInfo(
    String name,
    int startLine,
    int endLine,
    int parameters,
    int bodyStart,
    int bodyEnd,
    int lines,
    int complexity,
    int nesting) {

  public FunctionInfo {
    Objects.requireNonNull(name, "name");
  }

  /** True when {@code line} is within the function's lines. */
  public boolean contains(int line) {
    return line >= startLine && line <= endLine;
  }
}
