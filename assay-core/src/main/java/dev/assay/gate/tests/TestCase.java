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
 */
record TestCase(String name, int line, int skipLine, boolean empty) {
  TestCase {
    Objects.requireNonNull(name, "name");
  }

  boolean skipped() {
    return skipLine > 0;
  }
}
