package dev.assay.java.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SemVerTest {
  private static boolean allows(String base, String head) {
    return SemVer.parse(head).orElseThrow().allowsBreakFrom(SemVer.parse(base).orElseThrow());
  }

  @Test
  void aBreakNeedsANewMajorVersion() {
    assertThat(allows("1.4.0", "2.0.0")).isTrue();
    assertThat(allows("1.4.0", "1.5.0")).isFalse();
    assertThat(allows("1.4.0", "1.4.1")).isFalse();
    assertThat(allows("32.1.3-jre", "33.0.0-jre")).isTrue();
    assertThat(allows("33.0.0-jre", "33.4.8-jre")).isFalse();
    assertThat(allows("2.0.0", "1.9.0")).isFalse();
  }

  @Test
  void zeroMajorAllowsBreaksInANewMinor() {
    assertThat(allows("0.3.2", "0.4.0")).isTrue();
    assertThat(allows("0.3.2", "0.3.3")).isFalse();
  }

  @Test
  void aSnapshotOnItsWayToANewMajorAllowsBreaks() {
    assertThat(allows("3.0.0-SNAPSHOT", "3.0.0-SNAPSHOT")).isTrue();
    assertThat(allows("2.5.0-SNAPSHOT", "2.5.0-SNAPSHOT")).isFalse();
    assertThat(allows("3.0.0", "3.0.0")).isFalse();
    assertThat(allows("33.0.0-jre", "33.0.0-jre")).isFalse();
  }

  @Test
  void requiredVersionAndBumpNames() {
    assertThat(SemVer.required(SemVer.parse("1.4.2").orElseThrow())).isEqualTo("2.0.0");
    assertThat(SemVer.required(SemVer.parse("0.4.2").orElseThrow())).isEqualTo("0.5.0");
    assertThat(SemVer.parse("1.5.0").orElseThrow().bumpFrom(SemVer.parse("1.4.9").orElseThrow()))
        .isEqualTo("minor");
    assertThat(SemVer.parse("not-a-version")).isEmpty();
    assertThat(SemVer.parse("v2.1").orElseThrow().minor()).isEqualTo(1);
  }

  @Test
  void pomVersionIsTheProjectsOwnNotTheParents() {
    assertThat(PomVersion.of("<project><parent><version>9.9</version></parent>"
        + "<artifactId>a</artifactId><version>1.2.3</version></project>")).contains("1.2.3");
    assertThat(PomVersion.of("<project><parent><version>9.9</version></parent></project>")).isEmpty();
    assertThat(PomVersion.of("<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
        + "<project><version>&e;</version></project>")).isEmpty();
    assertThat(PomVersion.of("not xml")).isEmpty();
  }
}
