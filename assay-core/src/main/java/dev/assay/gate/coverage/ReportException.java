package dev.assay.gate.coverage;

/**
 * A coverage report that cannot be read, located as {@code file:line:column} with what to do. Its
 * message is meant for the user as is.
 */
final class ReportException extends Exception {
  private static final long serialVersionUID = 1L;

  ReportException(String file, int line, int column, String problem, String advice) {
    super(format(file, line, column, problem, advice));
  }

  private static String format(String file, int line, int column, String problem, String advice) {
    StringBuilder sb = new StringBuilder(file);
    if (line > 0) {
      sb.append(':').append(line);
      if (column > 0) {
        sb.append(':').append(column);
      }
    }
    sb.append(": ").append(problem);
    return sb.append(problem.endsWith(".") ? " " : ". ").append(advice).toString();
  }
}
