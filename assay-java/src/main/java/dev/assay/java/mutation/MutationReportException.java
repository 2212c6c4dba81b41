package dev.assay.java.mutation;

/** A mutation report that cannot be read, located as {@code file:line:column}. */
final class MutationReportException extends Exception {
  private static final long serialVersionUID = 1L;

  MutationReportException(String file, int line, int column, String problem, String fix) {
    super((line > 0 ? file + ":" + line + ":" + column : file) + ": " + problem + ". " + fix + ".");
  }
}
