package dev.assay.java.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.api.Finding;
import dev.assay.api.GateResult;
import dev.assay.api.Status;
import dev.assay.testkit.GateHarness;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The gate on jars named in the criteria (nothing built): versions from pom.properties, split
 * packages, multi-release jars, and jars that are missing or not jars.
 */
class ApiGateJarsTest {
  @TempDir Path root;

  static final String V1 = "package com.acme; public class Api { public void a() {} public void b() {} }";
  static final String V2 = "package com.acme; public class Api { public void a() {} }";

  private static Map<String, String> pom(String artifact, String version) {
    return Map.of("META-INF/maven/com.acme/" + artifact + "/pom.properties",
        "groupId=com.acme\nartifactId=" + artifact + "\nversion=" + version + "\n");
  }

  private GateResult run(ApiConfig cfg) throws Exception {
    return GateHarness.forGate(new ApiGate()).root(root).config(cfg).run();
  }

  @Test
  void versionsComeFromPomPropertiesInsideTheJars() throws Exception {
    TestJars.jar(root, "old.jar", Map.of("com/acme/Api.java", V1), pom("acme-api", "1.0.0"));
    TestJars.jar(root, "new.jar", Map.of("com/acme/Api.java", V2), pom("acme-api", "1.1.0"));
    GateResult r = run(ApiConfig.defaults().withJars(List.of("old.jar"), List.of("new.jar")));
    assertThat(r.status()).as(r.toString()).isEqualTo(Status.FAIL);
    assertThat(r.summary()).isEqualTo("acme-api 1.0.0 -> 1.1.0: 1 binary and 0 source-only breaks,"
        + " 0 additions");
    assertThat(r.findings()).extracting(Finding::rule)
        .containsExactlyInAnyOrder(ApiGate.BINARY, ApiGate.SEMVER);
  }

  @Test
  void criteriaVersionsWinAndAMajorBumpAllows() throws Exception {
    TestJars.jar(root, "old.jar", Map.of("com/acme/Api.java", V1), pom("acme-api", "1.0.0"));
    TestJars.jar(root, "new.jar", Map.of("com/acme/Api.java", V2), pom("acme-api", "1.1.0"));
    GateResult r = run(ApiConfig.defaults().withJars(List.of("old.jar"), List.of("new.jar"))
        .withVersions("1.0.0", "2.0.0"));
    assertThat(r.status()).isEqualTo(Status.PASS);
    assertThat(r.findings()).singleElement().extracting(Finding::rule).isEqualTo(ApiGate.ALLOWED);
    assertThat(r.metrics()).containsEntry("allowed-breaks", "1").containsEntry("binary-breaks", "0");
  }

  @Test
  void unknownVersionsCountEveryBreakAndSkipSemver() throws Exception {
    TestJars.jar(root, "old.jar", Map.of("com/acme/Api.java", V1));
    TestJars.jar(root, "new.jar", Map.of("com/acme/Api.java", V2));
    GateResult r = run(ApiConfig.defaults().withJars(List.of("old.jar"), List.of("new.jar")));
    assertThat(r.status()).isEqualTo(Status.FAIL);
    assertThat(r.criteria()).filteredOn(c -> c.id().equals(ApiGate.SEMVER)).singleElement()
        .satisfies(c -> assertThat(c.status()).isEqualTo(Status.SKIPPED));
    assertThat(r.notes()).anyMatch(n -> n.contains("versions unknown"));
  }

  @Test
  void aMissingOrBrokenJarIsAnErrorNamingTheKey() throws Exception {
    GateResult missing = run(ApiConfig.defaults().withJars(List.of("dist/gone.jar"), List.of("x.jar")));
    assertThat(missing.status()).isEqualTo(Status.ERROR);
    assertThat(missing.summary()).contains("`gates.api.head-jar`: x.jar does not exist");
    Files.writeString(root.resolve("x.jar"), "not a zip");
    TestJars.jar(root, "old.jar", Map.of("com/acme/Api.java", V1));
    GateResult broken = run(ApiConfig.defaults().withJars(List.of("old.jar"), List.of("x.jar")));
    assertThat(broken.status()).isEqualTo(Status.ERROR);
    assertThat(broken.summary()).contains("x.jar is not a readable jar");
  }

  @Test
  void splitPackagesAreNotedAndEachJarComparedWithItsOwnBase() throws Exception {
    TestJars.jar(root, "a-1.0.0.jar", Map.of("com/acme/Api.java", V1));
    TestJars.jar(root, "b-1.0.0.jar", Map.of("com/acme/Extra.java",
        "package com.acme; public class Extra { public void e() {} }"));
    TestJars.jar(root, "a-1.0.1.jar", Map.of("com/acme/Api.java", V1));
    TestJars.jar(root, "b-1.0.1.jar", Map.of("com/acme/Extra.java",
        "package com.acme; public class Extra { public void e() {} public void f() {} }"));
    GateResult r = run(ApiConfig.defaults().withJars(List.of("a-1.0.0.jar", "b-1.0.0.jar"),
        List.of("a-1.0.1.jar", "b-1.0.1.jar")));
    assertThat(r.status()).isEqualTo(Status.PASS);
    assertThat(r.summary()).isEqualTo("a 1.0.0 -> 1.0.1: 0 binary and 0 source-only breaks, 0"
        + " additions; b 1.0.0 -> 1.0.1: 0 binary and 0 source-only breaks, 1 additions");
    assertThat(r.notes()).anyMatch(n -> n.startsWith("Split package at the head: `com.acme` is in"
        + " a-1.0.1.jar, b-1.0.1.jar"));
    assertThat(r.notes()).anyMatch(n -> n.contains("adds 1 API elements in a patch version"));
  }

  @Test
  void multiReleaseJarsCompareTheClassesEveryReleaseSees() throws Exception {
    Path plain = TestJars.jar(root, "old.jar", Map.of("com/acme/Api.java", V1));
    Path overlay = TestJars.jar(root, "overlay.jar", Map.of("com/acme/Api.java", V2));
    // head: V1 at the root, V2 (a method fewer) as the Java 11 overlay, as a Multi-Release jar
    Path mr = root.resolve("mr.jar");
    try (JarFile base = new JarFile(plain.toFile()); JarFile over = new JarFile(overlay.toFile());
        JarOutputStream out = new JarOutputStream(Files.newOutputStream(mr))) {
      entry(out, "META-INF/MANIFEST.MF", "Manifest-Version: 1.0\r\nMulti-Release: true\r\n\r\n"
          .getBytes(java.nio.charset.StandardCharsets.UTF_8));
      entry(out, "com/acme/Api.class", base.getInputStream(base.getEntry("com/acme/Api.class"))
          .readAllBytes());
      entry(out, "META-INF/versions/11/com/acme/Api.class",
          over.getInputStream(over.getEntry("com/acme/Api.class")).readAllBytes());
    }
    assertThat(JarInfo.read(mr).multiRelease()).isTrue();
    GateResult r = run(ApiConfig.defaults().withJars(List.of("old.jar"), List.of("mr.jar")));
    assertThat(r.findings()).isEmpty();
    assertThat(r.status()).isEqualTo(Status.PASS);
    assertThat(r.notes()).anyMatch(n -> n.startsWith("mr.jar is a multi-release jar"));
  }

  @Test
  void aShadedJarIsKnownByItsOwnPomProperties() throws Exception {
    Map<String, String> extra = new java.util.HashMap<>(pom("acme-api", "2.3.0"));
    extra.put("META-INF/maven/org.other/dep/pom.properties", "artifactId=dep\nversion=9.0\n");
    Path jar = TestJars.jar(root, "acme-api-2.3.0.jar", Map.of("com/acme/Api.java", V1), extra);
    JarInfo info = JarInfo.read(jar);
    assertThat(info.artifact()).isEqualTo("acme-api");
    assertThat(info.version()).isEqualTo("2.3.0");
    assertThat(info.packages()).containsExactly("com.acme");
    Path named = TestJars.jar(root, "tool-0.9.1-jre.jar", Map.of("com/acme/Api.java", V1));
    assertThat(JarInfo.read(named).artifact()).isEqualTo("tool");
    assertThat(JarInfo.read(named).version()).isEqualTo("0.9.1-jre");
  }

  private static void entry(JarOutputStream out, String name, byte[] bytes) throws Exception {
    out.putNextEntry(new JarEntry(name));
    try (OutputStream o = OutputStream.nullOutputStream()) {
      out.write(bytes);
    }
    out.closeEntry();
  }
}
