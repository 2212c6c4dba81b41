package dev.assay.gate.coverage;

/**
 * What the reports say about one line: executed or not, and its branches.
 *
 * @param covered executed by at least one test in at least one report
 * @param branchesCovered branches taken, the most any report saw
 * @param branchesTotal branches on the line, the most any report listed
 */
record LineHit(boolean covered, int branchesCovered, int branchesTotal) {

  /** Both reports' knowledge: covered if either covered it, branches by maximum. */
  LineHit merge(LineHit other) {
    return new LineHit(
        covered || other.covered,
        Math.max(branchesCovered, other.branchesCovered),
        Math.max(branchesTotal, other.branchesTotal));
  }
}
