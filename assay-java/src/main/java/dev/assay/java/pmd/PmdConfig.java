package dev.assay.java.pmd;

import java.util.List;
import java.util.Objects;

/**
 * The {@code pmd} gate's settings.
 *
 * @param rules PMD rule or ruleset references ({@code category/java/errorprone.xml/EqualsNull},
 *     a category file, or a ruleset XML in the repository)
 * @param blockingPriority violations of this PMD priority or more urgent (1 is most urgent) block
 * @param minPriority violations less urgent than this are not reported at all
 * @param auxClasspath class directories and jars (globs, repository-relative) that PMD uses for
 *     type resolution; rules that need types are more precise with them
 * @param exclude paths the gate leaves alone
 */
public record PmdConfig(
    List<String> rules,
    int blockingPriority,
    int minPriority,
    List<String> auxClasspath,
    List<String> exclude) {

  public PmdConfig {
    rules = List.copyOf(rules);
    auxClasspath = List.copyOf(auxClasspath);
    exclude = List.copyOf(exclude);
    Objects.checkIndex(blockingPriority - 1, 5);
    Objects.checkIndex(minPriority - 1, 5);
  }

  /** The focused default: bug patterns with a low false-positive record, no style rules. */
  static final List<String> DEFAULT_RULES =
      List.of(
          "category/java/errorprone.xml/AvoidDecimalLiteralsInBigDecimalConstructor",
          "category/java/errorprone.xml/AvoidMultipleUnaryOperators",
          "category/java/errorprone.xml/BrokenNullCheck",
          "category/java/errorprone.xml/CheckSkipResult",
          "category/java/errorprone.xml/ClassCastExceptionWithToArray",
          "category/java/errorprone.xml/ComparisonWithNaN",
          "category/java/errorprone.xml/DoNotThrowExceptionInFinally",
          "category/java/errorprone.xml/DontUseFloatTypeForLoopIndices",
          "category/java/errorprone.xml/EqualsNull",
          "category/java/errorprone.xml/IdempotentOperations",
          "category/java/errorprone.xml/IdenticalConditionalBranches",
          "category/java/errorprone.xml/ImplicitSwitchFallThrough",
          "category/java/errorprone.xml/InvalidLogMessageFormat",
          "category/java/errorprone.xml/JumbledIncrementer",
          "category/java/errorprone.xml/MisplacedNullCheck",
          "category/java/errorprone.xml/OverrideBothEqualsAndHashcode",
          "category/java/errorprone.xml/ReturnFromFinallyBlock",
          "category/java/errorprone.xml/StringBufferInstantiationWithChar",
          "category/java/errorprone.xml/SuspiciousEqualsMethodName",
          "category/java/errorprone.xml/SuspiciousHashcodeMethodName",
          "category/java/errorprone.xml/SuspiciousOctalEscape",
          "category/java/errorprone.xml/UnconditionalIfStatement",
          "category/java/errorprone.xml/UnnecessaryConversionTemporary",
          "category/java/errorprone.xml/UnusedNullCheckInEquals",
          "category/java/errorprone.xml/UseEqualsToCompareStrings",
          "category/java/errorprone.xml/UselessOperationOnImmutable",
          "category/java/bestpractices.xml/CheckResultSet",
          "category/java/bestpractices.xml/UnusedLocalVariable",
          "category/java/bestpractices.xml/UnusedPrivateField",
          "category/java/multithreading.xml/DontCallThreadRun",
          "category/java/multithreading.xml/DoubleCheckedLocking");

  static PmdConfig defaults() {
    return new PmdConfig(DEFAULT_RULES, 3, 5, List.of(), List.of());
  }
}
