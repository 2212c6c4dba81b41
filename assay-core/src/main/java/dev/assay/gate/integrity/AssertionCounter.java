package dev.assay.gate.integrity;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Counts the assertions in a test body (masked: comments and string contents blanked), per test
 * language. A call to a helper named {@code assert*}, {@code verify*}, {@code check*}, {@code
 * expect*} or {@code ensure*} (the prefix followed by an upper-case letter, an underscore or the
 * parenthesis, so {@code checkout(} is not one) counts as an assertion: teams move repeated
 * assertions into such helpers, and the test still checks something.
 */
final class AssertionCounter {
  private static final String HELPER =
      "\\b(?:[aA]ssert|[vV]erify|[cC]heck|[eE]xpect|[eE]nsure)(?:[A-Z_]\\w*)?\\s*\\(";
  private static final Pattern JVM =
      Pattern.compile(
          HELPER
              + "|\\b(?:assert\\w*|fail|verify\\w*)\\s*[(<]"
              + "|\\bassert\\s+[^\\s(]"
              + "|\\bshould[A-Z]\\w*"
              + "|\\.should\\s*\\(");
  private static final Pattern PYTHON =
      Pattern.compile(
          HELPER
              + "|^[ \\t]*assert\\b"
              + "|\\b(?:self\\.)?assert\\w+\\s*\\("
              + "|\\bpytest\\.(?:raises|warns|fail)\\b"
              + "|\\b(?:self\\.)?fail\\s*\\(",
          Pattern.MULTILINE);
  private static final Pattern JAVASCRIPT =
      Pattern.compile(
          HELPER
              + "|\\bexpect\\w*\\s*[(.]"
              + "|\\bassert\\s*[(.]"
              + "|\\.should\\b|\\bshould\\s*[.(]"
              + "|\\bt\\.(?:is|not|deepEqual|notDeepEqual|like|true|false|truthy|falsy|throws"
              + "|throwsAsync|notThrows|notThrowsAsync|regex|notRegex|pass|fail|assert|snapshot"
              + "|equal|notEqual|strictEqual|notStrictEqual|ok|notOk|same|strictSame|match"
              + "|error|rejects|resolves)\\s*\\(");
  private static final Pattern GO =
      Pattern.compile(
          HELPER
              + "|\\b\\w+\\.(?:Error|Errorf|Fatal|Fatalf|Fail|FailNow)\\s*\\("
              + "|\\b(?:require|assert)\\.\\w+\\s*\\("
              + "|\\bExpect\\s*\\(");
  /** JUnit 4 {@code @Test(expected = X.class)} and TestNG {@code expectedExceptions}. */
  private static final Pattern EXPECTED = Pattern.compile("\\bexpected(?:Exceptions?)?\\s*=");

  private AssertionCounter() {}

  /** The number of assertions in a masked body of a test in {@code language}. */
  static int count(String language, String maskedBody) {
    Pattern p =
        switch (language) {
          case "jvm" -> JVM;
          case "python" -> PYTHON;
          case "javascript" -> JAVASCRIPT;
          case "go" -> GO;
          default -> Pattern.compile(HELPER);
        };
    Matcher m = p.matcher(maskedBody);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  /** True when the test's declaration says it expects an exception, which is its assertion. */
  static boolean declaresExpectedException(String maskedHeader) {
    return EXPECTED.matcher(maskedHeader).find();
  }
}
