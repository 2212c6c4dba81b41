package dev.assay.gate.coverage;

/**
 * One report file as the user knows it.
 *
 * @param path repository-relative path of the report, for messages
 * @param dir repository-relative directory holding it, empty at the root; a report belongs to the
 *     module it sits in, which breaks ties when mapping its paths
 */
record ReportSource(String path, String dir) {

  static ReportSource of(String repoRelativePath) {
    int slash = repoRelativePath.lastIndexOf('/');
    return new ReportSource(
        repoRelativePath, slash < 0 ? "" : repoRelativePath.substring(0, slash));
  }
}
