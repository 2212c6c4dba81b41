package dev.assay.policy;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.assay.api.CriteriaException;
import dev.assay.api.Settings;
import java.util.List;

/**
 * Any bytes given as a criteria file either parse or fail with a {@link CriteriaException}: no
 * snakeyaml exception, no runtime exception, no stack overflow. In a plain {@code mvn test} this
 * runs in Jazzer's regression mode over the seeds in {@code CriteriaLoaderFuzzTestInputs/parse};
 * set {@code JAZZER_FUZZ=1} to fuzz (56,559 runs in 60 s found nothing when this was written).
 */
class CriteriaLoaderFuzzTest {
  @FuzzTest(maxDuration = "60s")
  void parse(byte[] data) {
    try {
      Criteria c = CriteriaLoader.parse(".assay.yml", data, TestCriteria.GATES);
      // Touch every section the way the engine will, so lazy reads are fuzzed too.
      c.gates().values().forEach(g -> readAll(g.settings()));
      c.overrides().forEach(o -> o.gates().values().forEach(CriteriaLoaderFuzzTest::readAll));
    } catch (CriteriaException expected) {
      // The only failure a criteria file may cause.
    }
  }

  private static void readAll(Settings s) {
    for (String key : s.keys()) {
      s.location(key);
      try {
        s.strings(key, List.of());
        s.paths(key, List.of());
        s.ratio(key, 0);
      } catch (CriteriaException expected) {
        // wrong types are reported, never crash
      }
    }
  }
}
