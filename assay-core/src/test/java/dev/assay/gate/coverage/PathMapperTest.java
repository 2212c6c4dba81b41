package dev.assay.gate.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class PathMapperTest {
  private static final Path ROOT = Path.of("/work/repo");
  private static final String A = "moduleA/src/main/java/com/acme/util/Strings.java";
  private static final String B = "moduleB/src/main/java/com/acme/util/Strings.java";

  private final PathMapper twoModules = new PathMapper(ROOT, List.of(A, B), List.of());

  @Test
  void samePackageInTwoModulesGoesToTheReportsModule() {
    assertThat(
            twoModules.resolve(
                "com/acme/util/Strings.java", "moduleA/target/site/jacoco", List.of()))
        .contains(A);
    assertThat(
            twoModules.resolve(
                "com/acme/util/Strings.java", "moduleB/target/site/jacoco", List.of()))
        .contains(B);
    assertThat(twoModules.ambiguities()).isEmpty();
  }

  @Test
  void aModulesReportDoesNotClaimAnotherModulesFile() {
    PathMapper onlyA = new PathMapper(ROOT, List.of(A), List.of());
    assertThat(onlyA.resolve("com/acme/util/Strings.java", "moduleB/target/site/jacoco", List.of()))
        .isEmpty();
    assertThat(onlyA.resolve("com/acme/util/Strings.java", "target/site/jacoco", List.of()))
        .contains(A);
  }

  @Test
  void moduleDirIsTheReportDirectoryAboveBuildOutput() {
    assertThat(PathMapper.moduleDir("billing/target/site/jacoco")).isEqualTo("billing");
    assertThat(PathMapper.moduleDir("packages/web/coverage")).isEqualTo("packages/web");
    assertThat(PathMapper.moduleDir("target/site/jacoco-aggregate")).isEmpty();
    assertThat(PathMapper.moduleDir("python")).isEqualTo("python");
    assertThat(PathMapper.moduleDir("")).isEmpty();
  }

  @Test
  void aggregateReportAtTheRootUsesTheJacocoGroupName() {
    assertThat(
            twoModules.resolve(
                "com/acme/util/Strings.java", "target/site/jacoco-aggregate", List.of("moduleB")))
        .contains(B);
  }

  @Test
  void aggregateReportInItsOwnModuleSpeaksForTheModulesItsGroupsName() {
    PathMapper onlyA = new PathMapper(ROOT, List.of(A), List.of());
    assertThat(
            onlyA.resolve(
                "com/acme/util/Strings.java", "report/target/site/jacoco-aggregate", List.of("moduleA")))
        .contains(A);
    assertThat(
            twoModules.resolve(
                "com/acme/util/Strings.java", "report/target/site/jacoco-aggregate", List.of("moduleB")))
        .contains(B);
  }

  @Test
  void aSameNamedFileUnderAnotherPathIsANearMissNotAMatch() {
    PathMapper m = new PathMapper(ROOT, List.of("web/src/lib/cart.js"), List.of());
    assertThat(m.resolve("dist/build/cart.js", "coverage", List.of())).isEmpty();
    assertThat(m.nearMisses()).containsEntry("web/src/lib/cart.js", "dist/build/cart.js (in coverage)");
  }

  @Test
  void nothingTellsThemApartSoNeitherIsGuessedAndTheAmbiguityIsNoted() {
    assertThat(twoModules.resolve("com/acme/util/Strings.java", "target/site/jacoco", List.of()))
        .isEmpty();
    assertThat(twoModules.ambiguities()).singleElement().asString().contains(A, B);
  }

  @Test
  void suffixMustCoverWholeSegments() {
    PathMapper m =
        new PathMapper(ROOT, List.of("src/main/java/com/acme/MyStrings.java"), List.of());
    assertThat(m.resolve("com/acme/Strings.java", "", List.of())).isEmpty();
    PathMapper other =
        new PathMapper(ROOT, List.of("src/main/java/org/acme/Strings.java"), List.of());
    assertThat(other.resolve("com/acme/Strings.java", "", List.of())).isEmpty();
  }

  @Test
  void absolutePathFromAnotherMachineMatchesBySuffix() {
    PathMapper m = new PathMapper(ROOT, List.of("src/proj/core.py", "tests/core.py"), List.of());
    assertThat(m.resolve("/home/runner/work/proj/proj/src/proj/core.py", "", List.of()))
        .contains("src/proj/core.py");
  }

  @Test
  void windowsPathsFromAnotherMachine() {
    PathMapper m = new PathMapper(ROOT, List.of("web/src/app.ts"), List.of());
    assertThat(m.resolve("D:\\a\\proj\\proj\\web\\src\\app.ts", "", List.of()))
        .contains("web/src/app.ts");
  }

  @Test
  void absolutePathInsideThisRepositoryIsExact() {
    PathMapper m = new PathMapper(ROOT, List.of("a/x.js", "b/a/x.js"), List.of());
    assertThat(m.resolve("/work/repo/a/x.js", "", List.of())).contains("a/x.js");
    assertThat(m.resolve("/work/repo/b/a/x.js", "", List.of())).contains("b/a/x.js");
  }

  @Test
  void relativePathIsTriedAgainstTheReportDirectoryAndItsParents() {
    PathMapper m =
        new PathMapper(ROOT, List.of("packages/web/src/a.js", "packages/api/src/a.js"), List.of());
    assertThat(m.resolve("src/a.js", "packages/web/coverage", List.of()))
        .contains("packages/web/src/a.js");
    assertThat(m.resolve("../src/a.js", "packages/api/coverage", List.of()))
        .contains("packages/api/src/a.js");
  }

  @Test
  void longerSuffixWins() {
    PathMapper m = new PathMapper(ROOT, List.of("a/util/x.go", "b/other/x.go"), List.of());
    assertThat(m.resolve("/ci/src/a/util/x.go", "", List.of())).contains("a/util/x.go");
  }

  @Test
  void sourceRootsForUnusualLayouts() {
    PathMapper m =
        new PathMapper(ROOT, List.of("weird/place/lib/x.c", "lib/x.c"), List.of("weird/place"));
    assertThat(m.resolve("lib/x.c", "", List.of())).contains("weird/place/lib/x.c");
  }

  @Test
  void filesNotOfInterestAreNeverReturned() {
    assertThat(twoModules.resolve("com/acme/util/Other.java", "moduleA", List.of())).isEmpty();
    assertThat(twoModules.resolve("/work/repo/moduleA/x/Strings.java", "", List.of())).isEmpty();
  }

  @Test
  void dotDotEscapingTheRepositoryIsNotAnExactMatch() {
    PathMapper m = new PathMapper(ROOT, List.of("x.py"), List.of());
    assertThat(PathMapper.normalize("../../x.py")).isNull();
    assertThat(m.resolve("../../x.py", "", List.of())).contains("x.py");
  }
}
