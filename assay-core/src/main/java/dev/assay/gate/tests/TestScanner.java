package dev.assay.gate.tests;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Finds the tests declared in one masked source file. Implementations are stateless. */
interface TestScanner {

  /** Tests in declaration order; names are made unique within the file. */
  List<TestCase> scan(MaskedSource source);

  /** The scanner for a language. */
  static TestScanner of(TestLanguage lang) {
    return switch (lang) {
      case JVM -> new JvmTestScanner();
      case PYTHON -> new PythonTestScanner();
      case JAVASCRIPT -> new JsTestScanner();
      case GO -> new GoTestScanner();
    };
  }

  /** Scans a file's text; unknown languages yield no tests. */
  static List<TestCase> scan(String path, String text) {
    return TestLanguage.of(path)
        .map(lang -> unique(of(lang).scan(MaskedSource.of(text, lang))))
        .orElse(List.of());
  }

  /** Suffixes repeated names ({@code name#2}) so overloads and duplicates stay distinct. */
  static List<TestCase> unique(List<TestCase> tests) {
    Map<String, Integer> seen = new HashMap<>();
    List<TestCase> out = new ArrayList<>(tests.size());
    for (TestCase t : tests) {
      int n = seen.merge(t.name(), 1, Integer::sum);
      out.add(n == 1 ? t : t.renamed(t.name() + "#" + n));
    }
    return out;
  }
}
