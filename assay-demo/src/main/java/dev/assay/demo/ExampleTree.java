package dev.assay.demo;

import java.util.List;

/** The files of the example repository at its base and its head commit. */
final class ExampleTree {
  static final String MAIN_SOURCES = "src/main/java";
  static final String TEST_SOURCES = "src/test/java";
  private static final String MAIN = MAIN_SOURCES + "/com/example/shop/";
  private static final String TEST = TEST_SOURCES + "/com/example/shop/";

  /**
   * A tested pricing library on {@code main}. Dot files are stored without their dot because
   * Maven's resource copying drops {@code .gitignore} by default.
   */
  static final List<ExampleFile> BASE =
      List.of(
          new ExampleFile(".gitignore", "base/gitignore"),
          new ExampleFile(".assay.yml", "base/assay.yml"),
          new ExampleFile("README.md", "base/README.md"),
          new ExampleFile("pom.xml", "base/pom.xml"),
          new ExampleFile(MAIN + "OrderLine.java", "base/OrderLine.java"),
          new ExampleFile(MAIN + "PriceCalculator.java", "base/PriceCalculator.java"),
          new ExampleFile(TEST + "PriceCalculatorTest.java", "base/PriceCalculatorTest.java"));

  /** Discounts added on the feature branch, with one test that exercises only an edge case. */
  static final List<ExampleFile> HEAD =
      List.of(
          new ExampleFile(MAIN + "Tier.java", "head/Tier.java"),
          new ExampleFile(MAIN + "DiscountPolicy.java", "head/DiscountPolicy.java"),
          new ExampleFile(MAIN + "PriceCalculator.java", "head/PriceCalculator.java"),
          new ExampleFile(TEST + "DiscountPolicyTest.java", "head/DiscountPolicyTest.java"));

  private ExampleTree() {}
}
