package dev.assay.java.mutation;

import java.util.Objects;
import java.util.Optional;

/**
 * One mutant as a mutation report lists it, before it is mapped to a file of the change.
 *
 * @param sourceFile the source file name PIT records ({@code Foo.java})
 * @param mutatedClass the binary class name ({@code org.x.Foo$Inner})
 * @param method the mutated method's name
 * @param line 1-based line in the source file
 * @param mutator PIT's mutator class or id
 * @param description PIT's own one-line description
 * @param status the outcome
 * @param testsRun how many tests ran against it
 * @param killingTest the test that detected it, or empty
 * @param indexes PIT's instruction indexes (Stryker: the mutant id), which tell apart two mutants
 *     of one kind on a line
 * @param span where the mutated code is and what replaced it, when the report says (Stryker)
 */
record ReportedMutant(
    String sourceFile,
    String mutatedClass,
    String method,
    int line,
    String mutator,
    String description,
    MutantStatus status,
    int testsRun,
    String killingTest,
    String indexes,
    Optional<Span> span) {

  /**
   * The mutated code's extent and replacement.
   *
   * @param column 1-based start column on {@link #line()}
   * @param endLine last line
   * @param endColumn 1-based column just after the end
   * @param replacement the code put in its place
   */
  record Span(int column, int endLine, int endColumn, String replacement) {}

  /** A mutant with no span (PIT's reports do not give one). */
  ReportedMutant(
      String sourceFile,
      String mutatedClass,
      String method,
      int line,
      String mutator,
      String description,
      MutantStatus status,
      int testsRun,
      String killingTest,
      String indexes) {
    this(
        sourceFile,
        mutatedClass,
        method,
        line,
        mutator,
        description,
        status,
        testsRun,
        killingTest,
        indexes,
        Optional.empty());
  }

  ReportedMutant {
    Objects.requireNonNull(sourceFile, "sourceFile");
    Objects.requireNonNull(mutatedClass, "mutatedClass");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(mutator, "mutator");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(killingTest, "killingTest");
    Objects.requireNonNull(indexes, "indexes");
    Objects.requireNonNull(span, "span");
  }

  /**
   * Package path and file name ({@code org/x/Foo.java}), how the source is found in the repo; for
   * reports without classes (Stryker), the path the report gives.
   */
  String packagePath() {
    String outer = mutatedClass;
    int dot = outer.lastIndexOf('.');
    String pkg = dot < 0 ? "" : outer.substring(0, dot).replace('.', '/');
    return pkg.isEmpty() ? sourceFile : pkg + "/" + sourceFile;
  }

  /** Identity across reports, so that a mutant listed by two reports counts once. */
  String key() {
    return String.join(
        "|",
        sourceFile,
        mutatedClass,
        method,
        Integer.toString(line),
        mutator,
        indexes,
        description);
  }

  /**
   * The mutator's short name: {@code ConditionalsBoundaryMutator} to {@code ConditionalsBoundary}.
   */
  String mutatorName() {
    String m = mutator.substring(mutator.lastIndexOf('.') + 1);
    return m.replace("Mutator", "");
  }
}
