package dev.assay.policy;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.assay.api.CriteriaException;

/**
 * Any bytes given as a criteria file either parse or fail with a {@link CriteriaException}: no
 * snakeyaml exception, no runtime exception, no stack overflow. In a plain {@code mvn test} this
 * runs in Jazzer's regression mode over the seeds in {@code CriteriaLoaderFuzzTestInputs/parse};
 * set {@code JAZZER_FUZZ=1} to fuzz.
 */
class CriteriaLoaderFuzzTest {
  static int runs;

  @FuzzTest(maxDuration = "60s")
  void parse(byte[] data) {
    runs++;
    try {
      Criteria c = CriteriaLoader.parse(".assay.yml", data, TestCriteria.GATES);
      // Touch every section the way the engine will, so lazy reads are fuzzed too.
      c.gates().values().forEach(g -> readAll(g.settings()));
      c.overrides().forEach(o -> o.gates().values().forEach(CriteriaLoaderFuzzTest::readAll));
    } catch (CriteriaException expected) {
      // The only failure a criteria file may cause.
    }
  }

  private static void readAll(dev.assay.api.Settings s) {
    for (String key : s.keys()) {
      s.location(key);
      try {
        s.strings(key, java.util.List.of());
        s.paths(key, java.util.List.of());
        s.ratio(key, 0);
      } catch (CriteriaException expected) {
        // wrong types are reported, never crash
      }
    }
  }
}
