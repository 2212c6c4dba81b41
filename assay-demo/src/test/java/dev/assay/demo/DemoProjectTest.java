package dev.assay.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.assay.demo.XmlReports.Line;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

class DemoProjectTest {
  private static final String MAIN = "src/main/java/com/example/shop/";
  private static final String TEST = "src/test/java/com/example/shop/";
  private static final String KV = "src/main/java/com/example/kv/KvStore.java";
  private static final String KV_TEST = "src/test/java/com/example/kv/KvStoreTest.java";
  private static final String KV_BENCH = "src/bench/java/com/example/kv/bench/KvBench.java";

  @TempDir static Path temp;
  private static DemoProject.Result demo;
  private static String log;

  @BeforeAll
  static void createDemo() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    demo = DemoProject.create(temp.resolve("demo"), new PrintStream(out, true, "UTF-8"));
    log = out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void headIsAnAiAssistedCommitOnTopOfTheBaseOnMain() throws Exception {
    try (Git git = Git.open(demo.repo().toFile())) {
      Repository repository = git.getRepository();
      List<RevCommit> history = new ArrayList<>();
      git.log().call().forEach(history::add);

      assertThat(repository.getBranch()).isEqualTo("feature/discounts");
      assertThat(history)
          .extracting(RevCommit::name)
          .containsExactly(demo.headCommit(), demo.baseCommit());
      assertThat(repository.resolve("refs/heads/main").name()).isEqualTo(demo.baseCommit());
      RevCommit head = history.get(0);
      assertThat(head.getFooterLines("Co-authored-by"))
          .containsExactly("Claude <noreply@anthropic.com>");
      assertThat(head.getAuthorIdent().getName()).isEqualTo("Dev Developer");
      assertThat(history.get(1).getFooterLines("Co-authored-by")).isEmpty();
    }
  }

  @Test
  void baseHasTheCriteriaAndTheLibraryHeadAddsTheDiscounts() throws Exception {
    try (Git git = Git.open(demo.repo().toFile())) {
      Repository repository = git.getRepository();
      assertThat(paths(repository, demo.baseCommit()))
          .containsExactly(
              ".assay.yml",
              ".gitignore",
              "README.md",
              "pom.xml",
              KV_BENCH,
              KV,
              MAIN + "OrderLine.java",
              MAIN + "PriceCalculator.java",
              KV_TEST,
              TEST + "PriceCalculatorTest.java");
      assertThat(paths(repository, demo.headCommit()))
          .containsExactly(
              ".assay.yml",
              ".gitignore",
              "README.md",
              "pom.xml",
              KV_BENCH,
              KV,
              MAIN + "DiscountPolicy.java",
              MAIN + "OrderLine.java",
              MAIN + "PriceCalculator.java",
              MAIN + "Tier.java",
              KV_TEST,
              TEST + "DiscountPolicyTest.java",
              TEST + "PriceCalculatorTest.java");
    }
    assertThat(Files.readString(demo.repo().resolve(".assay.yml")))
        .contains("tests: {}", "changed-lines: 80%", "ai:", "changed-lines: 90%");
  }

  @Test
  void buildOutputIsIgnoredByGit() throws Exception {
    assertThat(demo.repo().resolve("target/classes/com/example/shop/DiscountPolicy.class"))
        .isRegularFile();
    try (Git git = Git.open(demo.repo().toFile())) {
      Status status = git.status().call();
      assertThat(status.isClean()).isTrue();
      assertThat(status.getIgnoredNotInIndex()).contains("target");
    }
  }

  @Test
  void junitReportShowsEveryTestPassing() throws Exception {
    Element suite =
        XmlReports.parse(demo.repo().resolve("target/surefire-reports/TEST-junit-jupiter.xml"))
            .getDocumentElement();

    assertThat(suite.getAttribute("tests")).isEqualTo("11");
    assertThat(suite.getAttribute("failures")).isEqualTo("0");
    assertThat(suite.getAttribute("errors")).isEqualTo("0");
    assertThat(demo.testsRun()).isEqualTo(11);
    assertThat(demo.testsFailed()).isZero();
    assertThat(log).contains("11 tests run, 0 failed", "target/site/jacoco/jacoco.xml");
  }

  @Test
  void reportsTheSameTestsAndLineCoverageAsMavenVerify() throws Exception {
    List<String> mavenTests = new ArrayList<>();
    for (String report :
        List.of("shop.DiscountPolicyTest", "shop.PriceCalculatorTest", "kv.KvStoreTest")) {
      mavenTests.addAll(XmlReports.testCases(fixture("TEST-com.example." + report + ".xml")));
    }
    List<String> demoTests =
        XmlReports.testCases(
            XmlReports.parse(
                demo.repo().resolve("target/surefire-reports/TEST-junit-jupiter.xml")));

    assertThat(demoTests).containsExactlyInAnyOrderElementsOf(mavenTests).hasSize(11);
    assertThat(coverage()).isEqualTo(XmlReports.jacocoLines(fixture("jacoco.xml")));
  }

  @Test
  void coverageMarksTheTestedLinesCoveredAndTheUntestedNewLinesMissed() throws Exception {
    assertCovered("PriceCalculator.java", 22, "sum = sum.add(");
    assertCovered("PriceCalculator.java", 41, "return amount.add(amount.multiply(taxRate))");
    assertCovered("DiscountPolicy.java", 13, "if (subtotal.signum() <= 0) {");
    assertCovered("DiscountPolicy.java", 14, "return BigDecimal.ZERO;");

    assertMissed("PriceCalculator.java", 35, "BigDecimal subtotal = subtotal(lines);");
    assertMissed("PriceCalculator.java", 37, "return withTax(subtotal.subtract(discount));");
    assertMissed("DiscountPolicy.java", 16, "BigDecimal rate = tierRate(tier)");
    assertMissed("DiscountPolicy.java", 18, "rate = rate.add(BULK_BONUS);");
    assertMissed("DiscountPolicy.java", 25, "return new BigDecimal(\"0.10\");");
    assertMissed("DiscountPolicy.java", 28, "return new BigDecimal(\"0.05\");");
    assertMissed("DiscountPolicy.java", 38, "int percent = Integer.parseInt(");
  }

  @Test
  void changedLineCoverageIsClearlyBelowTheCriteria() throws Exception {
    Map<String, List<Line>> coverage = coverage();
    List<Line> changed = new ArrayList<>();
    try (Git git = Git.open(demo.repo().toFile())) {
      ChangedLines.added(git.getRepository(), demo.baseCommit(), demo.headCommit())
          .forEach(
              (path, lines) ->
                  coverage.getOrDefault(fileName(path), List.of()).stream()
                      .filter(line -> lines.contains(line.nr()))
                      .forEach(changed::add));
    }
    long covered = changed.stream().filter(line -> line.ci() > 0).count();

    // 6 lines of DiscountPolicy and 4 of Tier run; 13 of DiscountPolicy, 3 of PriceCalculator not;
    // the 27 changed lines of KvStore all run (its tests pass on both commits).
    assertThat(changed).hasSize(53);
    assertThat(covered).isEqualTo(37);
    assertThat((double) covered / changed.size()).isLessThan(0.8);
  }

  @Test
  void commitIdsAreTheSameInEveryRun() throws Exception {
    DemoProject.Result again =
        DemoProject.create(temp.resolve("again"), new PrintStream(new ByteArrayOutputStream()));

    assertThat(again.repo()).isNotEqualTo(demo.repo());
    assertThat(again.baseCommit()).isEqualTo(demo.baseCommit());
    assertThat(again.headCommit()).isEqualTo(demo.headCommit());
  }

  @Test
  void refusesAFolderThatIsNotEmpty() throws Exception {
    Path used = Files.createDirectories(temp.resolve("used"));
    Files.writeString(used.resolve("notes.txt"), "keep me");

    assertThatThrownBy(() -> DemoProject.create(used, new PrintStream(new ByteArrayOutputStream())))
        .isInstanceOf(DemoException.class)
        .hasMessageContaining(used.toString())
        .hasMessageContaining("not empty");
    assertThat(used.resolve(".git")).doesNotExist();
  }

  @Test
  void refusesAFile() throws Exception {
    Path file = Files.writeString(temp.resolve("file.txt"), "x");

    assertThatThrownBy(() -> DemoProject.create(file, new PrintStream(new ByteArrayOutputStream())))
        .isInstanceOf(DemoException.class)
        .hasMessageContaining(file + " is a file");
  }

  private static Map<String, List<Line>> coverage() throws Exception {
    return XmlReports.jacocoLines(
        XmlReports.parse(demo.repo().resolve("target/site/jacoco/jacoco.xml")));
  }

  private static void assertCovered(String file, int nr, String text) throws Exception {
    Line line = line(file, nr, text);
    assertThat(line.ci()).as("%s:%d covered instructions", file, nr).isPositive();
    assertThat(line.mi()).as("%s:%d missed instructions", file, nr).isZero();
  }

  private static void assertMissed(String file, int nr, String text) throws Exception {
    Line line = line(file, nr, text);
    assertThat(line.mi()).as("%s:%d missed instructions", file, nr).isPositive();
    assertThat(line.ci()).as("%s:%d covered instructions", file, nr).isZero();
  }

  /** The report's line, after checking the source really has {@code text} there. */
  private static Line line(String file, int nr, String text) throws Exception {
    List<String> source = Files.readAllLines(demo.repo().resolve(MAIN + file));
    assertThat(source.get(nr - 1)).as("%s:%d", file, nr).contains(text);
    return coverage().get(file).stream()
        .filter(line -> line.nr() == nr)
        .findFirst()
        .orElseThrow(() -> new AssertionError(file + ":" + nr + " is not in jacoco.xml"));
  }

  private static org.w3c.dom.Document fixture(String name) throws Exception {
    try (InputStream in = DemoProjectTest.class.getResourceAsStream("mvn-verify/" + name)) {
      return XmlReports.parse(in);
    }
  }

  private static String fileName(String path) {
    return path.substring(path.lastIndexOf('/') + 1);
  }

  private static List<String> paths(Repository repository, String commit) throws Exception {
    List<String> paths = new ArrayList<>();
    try (TreeWalk walk = new TreeWalk(repository)) {
      walk.addTree(repository.parseCommit(ObjectId.fromString(commit)).getTree());
      walk.setRecursive(true);
      while (walk.next()) {
        paths.add(walk.getPathString());
      }
    }
    return paths;
  }
}
