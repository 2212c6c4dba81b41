package dev.assay.java.findsecbugs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The precision benchmark of issue 5: TPR minus FPR on the labelled set, FindSecBugs alone versus
 * the security gate with FindSecBugs merged in. Recomputed on every run (the figures in
 * docs/benchmarks.md come from its output), so a change that makes the combined gate no better
 * than FindSecBugs alone fails here.
 */
class FindSecBugsPrecisionTest {
  @TempDir Path dir;

  @Test
  void combinedGateScoresHigherThanFindSecBugsAlone() throws Exception {
    LabelledSet set = LabelledSet.build(dir);
    List<LabelledSet.Method> alone = set.flaggedByFindSecBugs();
    List<LabelledSet.Method> combined = set.flaggedByCombined();
    System.out.println(set.table(alone, combined));
    LabelledSet.Score a = set.score(alone);
    LabelledSet.Score c = set.score(combined);
    assertThat(set.methods).hasSizeGreaterThanOrEqualTo(40);
    assertThat(a.vulnFlagged()).as("FindSecBugs finds vulnerable methods").isPositive();
    assertThat(c.score()).as("combined TPR-FPR above FindSecBugs alone").isGreaterThan(a.score());
    assertThat(c.tpr()).as("the combined gate loses no true positive").isGreaterThanOrEqualTo(a.tpr());
  }
}
