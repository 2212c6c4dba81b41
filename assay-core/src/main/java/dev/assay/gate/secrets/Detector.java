package dev.assay.gate.secrets;

import java.util.List;

/**
 * Finds candidate secrets of one kind, starting from the places where one of its literal anchors
 * occurs ({@link AnchorScan} finds them all in one pass). Stateless and thread-safe.
 */
interface Detector {

  /** Literal strings, at least two characters long, at which a candidate can be found. */
  List<String> anchors();

  /**
   * Adds the candidate found at {@code hit}, where {@code anchor} occurs, if any. The work is
   * bounded by a window around the hit, never by the length of the line, so that a huge one-line
   * file stays linear.
   */
  void matchAt(String text, TextIndex lines, int hit, String anchor, List<Candidate> out);
}
