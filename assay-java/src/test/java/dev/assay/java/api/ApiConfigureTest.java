package dev.assay.java.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.assay.api.CriteriaException;
import dev.assay.policy.CriteriaLoader;
import dev.assay.policy.GateDefault;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Configuration read through the real criteria loader, from YAML. */
class ApiConfigureTest {
  private final ApiGate gate = new ApiGate();

  @Test
  void anEmptySectionGivesTheDefaults() {
    assertThat(configure("gates:\n  api: {}\n")).isEqualTo(ApiConfig.defaults());
  }

  @Test
  void everyKeyIsRead() {
    ApiConfig c = configure("""
        gates:
          api:
            build: ./mvnw -q -DskipTests package
            build-timeout: 5m
            jars: ["lib/target/*.jar"]
            base-jar: [dist/old.jar]
            head-jar: lib/target/lib.jar
            include: [com.acme.api]
            exclude: ["com.acme.api.experimental"]
            internal-packages: ["**.shaded"]
            internal-annotations: [Beta, com.acme.Unstable]
            semver: false
            base-version: 1.2.0
            head-version: 1.3.0
            classpath: [libs/dep.jar]
        """);
    assertThat(c.build()).isEqualTo("./mvnw -q -DskipTests package");
    assertThat(c.buildTimeout()).isEqualTo(Duration.ofMinutes(5));
    assertThat(c.jars()).containsExactly("lib/target/*.jar");
    assertThat(c.baseJars()).containsExactly("dist/old.jar");
    assertThat(c.headJars()).containsExactly("lib/target/lib.jar");
    assertThat(c.include()).containsExactly("com.acme.api");
    assertThat(c.exclude()).containsExactly("com.acme.api.experimental");
    assertThat(c.internalPackages()).containsExactly("**.shaded");
    assertThat(c.internalAnnotations()).containsExactly("Beta", "com.acme.Unstable");
    assertThat(c.semver()).isFalse();
    assertThat(c.baseVersion()).isEqualTo("1.2.0");
    assertThat(c.headVersion()).isEqualTo("1.3.0");
    assertThat(c.classpath()).containsExactly("libs/dep.jar");
  }

  @Test
  void mistakesNameTheFileLineAndKey() {
    assertThatThrownBy(() -> configure("gates:\n  api:\n    base-jars: [a.jar]\n"))
        .isInstanceOf(CriteriaException.class)
        .hasMessageContaining(".assay.yml:3:")
        .hasMessageContaining("base-jars")
        .hasMessageContaining("base-jar");
    assertThatThrownBy(() -> configure("gates:\n  api:\n    base-jar: dist/old.zip\n"))
        .isInstanceOf(CriteriaException.class)
        .hasMessageContaining("gates.api.base-jar")
        .hasMessageContaining("`dist/old.zip` is not a .jar file");
    assertThatThrownBy(() -> configure("gates:\n  api:\n    include: [\"com/acme\"]\n"))
        .isInstanceOf(CriteriaException.class)
        .hasMessageContaining("gates.api.include")
        .hasMessageContaining("package pattern");
    assertThatThrownBy(() -> configure("gates:\n  api:\n    build-timeout: soon\n"))
        .isInstanceOf(CriteriaException.class)
        .hasMessageContaining("gates.api.build-timeout")
        .hasMessageContaining("`soon`");
    assertThatThrownBy(() -> configure("gates:\n  api:\n    internal-annotations: [\"@Internal\"]\n"))
        .isInstanceOf(CriteriaException.class)
        .hasMessageContaining("annotation name");
  }

  @Test
  void packagePatternsMatchThePackageAndItsSubpackages() {
    ApiSurface s = new ApiSurface(List.of("com.acme"), List.of("com.acme.*.experimental"),
        List.of("**.internal", "**.impl"), List.of());
    assertThat(s.packageExclusion("com.acme")).isEmpty();
    assertThat(s.packageExclusion("com.acme.io")).isEmpty();
    assertThat(s.packageExclusion("com.acmex")).isEqualTo("outside `include`");
    assertThat(s.packageExclusion("com.acme.io.experimental.x")).isEqualTo("in `exclude`");
    assertThat(s.packageExclusion("com.acme.internal")).isEqualTo("internal package");
    assertThat(s.packageExclusion("com.acme.io.impl.fast")).isEqualTo("internal package");
    assertThat(s.packageExclusion("com.acme.implementations")).isEmpty();
  }

  private ApiConfig configure(String yaml) {
    var criteria = CriteriaLoader.parse(".assay.yml", yaml.getBytes(StandardCharsets.UTF_8),
        List.of(new GateDefault("api", false, "api: off")));
    return gate.configure(criteria.gate("api").orElseThrow().settings());
  }
}
