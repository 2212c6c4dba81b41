package dev.assay.java.mutation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MutantDescriberTest {
  private static final String PKG = "org.pitest.mutationtest.engine.gregor.mutators.";

  private static ReportedMutant m(String mutator, String description) {
    return new ReportedMutant(
        "A.java", "a.A", "f", 3, PKG + mutator, description, MutantStatus.SURVIVED, 1, "", "1");
  }

  @Test
  void namesTheOperatorWhenTheLineHasExactlyOne() {
    assertThat(
            MutantDescriber.describe(
                m("ConditionalsBoundaryMutator", "changed conditional boundary"),
                "    if (quantity > 10) { // more than > ten"))
        .isEqualTo("replacing `>` with `>=`");
    assertThat(
            MutantDescriber.describe(
                m("NegateConditionalsMutator", "negated conditional"), "return price == 0;"))
        .isEqualTo("replacing `==` with `!=`");
    assertThat(
            MutantDescriber.describe(
                m("NegateConditionalsMutator", "negated conditional"),
                "for (List<String> l : ls) if (a < b) {"))
        .isEqualTo("replacing `<` with `>=`");
  }

  @Test
  void staysGeneralWhenTheLineIsAmbiguous() {
    assertThat(
            MutantDescriber.describe(
                m("ConditionalsBoundaryMutator", "changed conditional boundary"),
                "if (a < b && c > d) {"))
        .startsWith("moving a comparison's boundary");
    assertThat(
            MutantDescriber.describe(
                m("NegateConditionalsMutator", "negated conditional"), "if (s.equals(\"<\")) {"))
        .isEqualTo("negating a condition");
  }

  @Test
  void usesPitsOwnWordsForMathReturnsAndCalls() {
    assertThat(
            MutantDescriber.describe(
                m("MathMutator", "Replaced integer multiplication with division"), ""))
        .isEqualTo("replacing `*` with `/`");
    assertThat(
            MutantDescriber.describe(
                m(
                    "returns.PrimitiveReturnsMutator",
                    "replaced int return with 0 for demo/Calc::clamp"),
                ""))
        .isEqualTo("making `Calc.clamp` return 0 here");
    assertThat(
            MutantDescriber.describe(
                m("VoidMethodCallMutator", "removed call to java/io/PrintStream::println"), ""))
        .isEqualTo("removing the call to `PrintStream.println`");
    assertThat(
            MutantDescriber.describe(
                m(
                    "RemoveConditionalMutator_ORDER_ELSE",
                    "removed conditional - replaced comparison check with false"),
                ""))
        .isEqualTo("making a condition always false");
    assertThat(MutantDescriber.describe(m("experimental.NakedReceiverMutator", ""), ""))
        .isEqualTo("applying PIT's NakedReceiver mutator");
  }
}
