package dev.assay.java.mutation;

import java.util.Objects;

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
 * @param indexes PIT's instruction indexes, which tell apart two mutants of one kind on a line
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
    String indexes) {

  ReportedMutant {
    Objects.requireNonNull(sourceFile, "sourceFile");
    Objects.requireNonNull(mutatedClass, "mutatedClass");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(mutator, "mutator");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(killingTest, "killingTest");
    Objects.requireNonNull(indexes, "indexes");
  }

  /** Package path and file name ({@code org/x/Foo.java}), how the source is found in the repo. */
  String packagePath() {
    String outer = mutatedClass;
    int dot = outer.lastIndexOf('.');
    String pkg = dot < 0 ? "" : outer.substring(0, dot).replace('.', '/');
    return pkg.isEmpty() ? sourceFile : pkg + "/" + sourceFile;
  }

  /** Identity across reports, so that a mutant listed by two reports counts once. */
  String key() {
    return String.join("|", mutatedClass, method, Integer.toString(line), mutator, indexes, description);
  }

  /** The mutator's short name: {@code ConditionalsBoundaryMutator} to {@code ConditionalsBoundary}. */
  String mutatorName() {
    String m = mutator.substring(mutator.lastIndexOf('.') + 1);
    return m.replace("Mutator", "");
  }
}
