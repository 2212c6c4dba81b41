package dev.assay.gate.tests;

import java.util.Objects;

/**
 * One test found in a source file.
 *
 * @param name the test's name, qualified by its enclosing class or describe titles
 * @param line 1-based line of its declaration
 * @param skipLine 1-based line of the marker that skips it ({@code @Disabled}, {@code it.skip},
 *     {@code t.Skip()}...), or 0 when it runs
 * @param empty true when its body has no statements (comments, {@code pass} and docstrings only)
 * @param headerStart offset of its declaration (first annotation, decorator or call), -1 if unknown
 * @param bodyStart offset of the first character of its body, -1 if unknown
 * @param bodyEnd offset just past its body (the closing brace), -1 if unknown
 */
record TestCase(
    String name, int line, int skipLine, boolean empty, int headerStart, int bodyStart, int bodyEnd) {
  TestCase {
    Objects.requireNonNull(name, "name");
  }

  /** A test whose declaration and body offsets are not known. */
  TestCase(String name, int line, int skipLine, boolean empty) {
    this(name, line, skipLine, empty, -1, -1, -1);
  }

  /** The same test under another name (to keep names unique in a file). */
  TestCase renamed(String newName) {
    return new TestCase(newName, line, skipLine, empty, headerStart, bodyStart, bodyEnd);
  }

  /** True when the scanner located the declaration and the body. */
  boolean hasBody() {
    return headerStart >= 0 && bodyStart >= 0 && bodyEnd >= bodyStart;
  }

  boolean skipped() {
    return skipLine > 0;
  }
}
