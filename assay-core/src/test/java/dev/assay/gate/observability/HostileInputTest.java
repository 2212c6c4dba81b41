package dev.assay.gate.observability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.api.GateResult;
import org.junit.jupiter.api.Test;

/** Input that must never crash, hang or be skipped silently. */
class HostileInputTest {

  @Test
  void deepNestingAndUnterminatedLiteralsAreSurvived() throws Exception {
    String deep = "class A { void f() {\n" + "{\n".repeat(100_000)
        + " try { a(); } catch (Exception e) {}\n" + "}\n".repeat(100_000) + "} }\n";
    GateResult r = Scan.defaults().file("src/main/java/A.java", deep).run();
    assertThat(r.findings()).extracting(Scan::brief).containsExactly("empty-catch@100002");

    String open = "class B { void f() { try { a(); } catch (Exception e) {} String s = \"never closed\n";
    GateResult partial = Scan.defaults().file("src/main/java/B.java", open).run();
    assertThat(partial.findings()).extracting(Scan::brief).containsExactly("empty-catch@1");
    assertThat(partial.notes()).anySatisfy(n -> assertThat(n).startsWith("Partially parsed:"));
  }

  @Test
  void binaryGeneratedAndMinifiedFilesAreSkippedWithANote() throws Exception {
    GateResult r = Scan.defaults()
        .file("src/main/java/Bin.java", "class A { void f() { try {} catch (Exception e) {} }\u0000 }")
        .file("src/main/java/Gen.java",
            "// DO NOT EDIT\nclass G { void f() { try {} catch (Exception e) {} } }\n")
        .file("lib/app.js", "try{a()}catch(e){}" + ";x()".repeat(400) + "\n")
        .run();
    assertThat(r.findings()).isEmpty();
    assertThat(r.notes()).hasSize(3).allSatisfy(n -> assertThat(n).startsWith("Not analysed:"));
  }

  @Test
  void aFileWithNoCandidateWordIsNeverTokenized() throws Exception {
    GateResult r = Scan.defaults()
        .file("src/main/java/Plain.java", "class Plain { int x() { return 1; } }\n").run();
    assertThat(r.metrics()).containsEntry("files", "1").containsEntry("files-tokenized", "0");
  }
}
