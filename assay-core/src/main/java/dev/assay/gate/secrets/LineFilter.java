package dev.assay.gate.secrets;

/**
 * Which lines of a file to report on: the change's added lines in {@code assay check}, every line
 * in a whole-tree scan. Implementations must be thread-safe if the scanner is shared.
 */
@FunctionalInterface
public interface LineFilter {

  /** True when findings on this 1-based line are wanted. */
  boolean accepts(int line);

  /** Every line. */
  static LineFilter all() {
    return line -> true;
  }
}
