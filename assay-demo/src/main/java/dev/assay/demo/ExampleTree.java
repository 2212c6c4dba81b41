package dev.assay.demo;

import java.util.ArrayList;
import java.util.List;

/** The files of the example repository at its base and its head commit. */
final class ExampleTree {
  static final String MAIN_SOURCES = "src/main/java";
  static final String TEST_SOURCES = "src/test/java";
  private static final String MAIN = MAIN_SOURCES + "/com/example/shop/";
  private static final String TEST = TEST_SOURCES + "/com/example/shop/";
  static final String KV_MAIN = MAIN_SOURCES + "/com/example/kv/";
  private static final String KV_TEST = TEST_SOURCES + "/com/example/kv/";
  static final String BENCH_SOURCES = "src/bench/java";
  private static final String KV_BENCH = BENCH_SOURCES + "/com/example/kv/bench/";

  /**
   * A tested pricing library and key-value store on {@code main}, with the store's benchmark
   * harness (built and run by the performance gate, not by the example's test build). Dot files are stored without their dot because
   * Maven's resource copying drops {@code .gitignore} by default.
   */
  private static final List<ExampleFile> BASE =
      List.of(
          new ExampleFile(".gitignore", "base/gitignore"),
          new ExampleFile("README.md", "base/README.md"),
          new ExampleFile("pom.xml", "base/pom.xml"),
          new ExampleFile(MAIN + "OrderLine.java", "base/OrderLine.java"),
          new ExampleFile(MAIN + "PriceCalculator.java", "base/PriceCalculator.java"),
          new ExampleFile(TEST + "PriceCalculatorTest.java", "base/PriceCalculatorTest.java"),
          new ExampleFile(KV_MAIN + "KvStore.java", "base/kv/KvStore.java"),
          new ExampleFile(KV_TEST + "KvStoreTest.java", "base/kv/KvStoreTest.java"),
          new ExampleFile(KV_BENCH + "KvBench.java", "base/kv/KvBench.java"));

  /**
   * Discounts added on the feature branch, with one test that exercises only an edge case; and the
   * store "simplified": lookups scan the data file instead of seeking through the index, and every
   * insert is flushed to disk. The store's tests pass on both commits.
   */
  static final List<ExampleFile> HEAD =
      List.of(
          new ExampleFile(MAIN + "Tier.java", "head/Tier.java"),
          new ExampleFile(MAIN + "DiscountPolicy.java", "head/DiscountPolicy.java"),
          new ExampleFile(MAIN + "PriceCalculator.java", "head/PriceCalculator.java"),
          new ExampleFile(TEST + "DiscountPolicyTest.java", "head/DiscountPolicyTest.java"),
          new ExampleFile(KV_MAIN + "KvStore.java", "head/kv/KvStore.java"));

  private ExampleTree() {}

  /** The base commit's files, with the criteria file that {@code criteria} asks for. */
  static List<ExampleFile> base(DemoProject.Criteria criteria) {
    String resource =
        switch (criteria) {
          case TESTS_AND_COVERAGE -> "base/assay.yml";
          case WITH_PERFORMANCE -> "base/assay-with-performance.yml";
        };
    List<ExampleFile> files = new ArrayList<>(BASE);
    files.add(1, new ExampleFile(".assay.yml", resource));
    return List.copyOf(files);
  }
}
