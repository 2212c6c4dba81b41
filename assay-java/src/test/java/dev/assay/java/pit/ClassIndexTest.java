package dev.assay.java.pit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.java.mutation.JavaProject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Test selection on class files compiled for real. */
class ClassIndexTest {
  @TempDir Path dir;

  @Test
  void selectsTestsThatReachAClassDirectlyOrThroughOthers() throws Exception {
    JavaProject p =
        new JavaProject(dir)
            .main(
                "a/Core.java",
                "package a;\n"
                    + "public class Core { public static int f() { return 1; } }\n"
                    + "class Helper { int g() { return 2; } }\n")
            .main(
                "a/Service.java",
                "package a;\npublic class Service { public int run() { return Core.f(); } }\n")
            .main(
                "b/Unrelated.java",
                "package b;\npublic class Unrelated { public int h() { return 3; } }\n")
            .test(
                "a/CoreTest.java",
                "package a;\n"
                    + "class CoreTest { @org.junit.jupiter.api.Test void t() { Core.f(); } }\n")
            .test(
                "a/ServiceTest.java",
                "package a;\n"
                    + "class ServiceTest { @org.junit.jupiter.api.Test void t() { new"
                    + " Service().run(); } }\n")
            .test(
                "b/UnrelatedTest.java",
                "package b;\n"
                    + "class UnrelatedTest { @org.junit.jupiter.api.Test void t() { new"
                    + " Unrelated().h(); } }\n")
            .compile();
    ClassIndex index = ClassIndex.of(List.of(p.classes()), List.of(p.testClasses()));

    assertThat(index.classesOfSource("a", "Core.java")).containsExactly("a/Core", "a/Helper");
    assertThat(index.testsReaching(List.of("a/Core"), true))
        .containsExactly("a/CoreTest", "a/ServiceTest");
    assertThat(index.testsReaching(List.of("a/Core"), false)).containsExactly("a/CoreTest");
    assertThat(index.testsReaching(List.of("b/Unrelated"), true))
        .containsExactly("b/UnrelatedTest");
    assertThat(index.classesOfSource("a", "Missing.java")).isEmpty();
  }

  @Test
  void malformedClassFilesAreSkippedNotFatal() throws Exception {
    Path classes = Files.createDirectories(dir.resolve("classes/x"));
    Files.write(classes.resolve("Bad.class"), new byte[] {(byte) 0xCA, (byte) 0xFE, 0, 1});
    Files.write(classes.resolve("Junk.class"), "not a class".getBytes());
    ClassIndex index = ClassIndex.of(List.of(dir.resolve("classes")), List.of(dir.resolve("none")));
    assertThat(index.size()).isZero();
  }

  @Test
  void symlinkedClassFilesAreNotFollowed() throws Exception {
    JavaProject outside =
        new JavaProject(dir.resolve("outside"))
            .main("x/Secret.java", "package x;\npublic class Secret {}\n")
            .compile();
    Path classes = Files.createDirectories(dir.resolve("repo/target/classes/x"));
    Files.createSymbolicLink(
        classes.resolve("Secret.class"), outside.classes().resolve("x/Secret.class"));
    ClassIndex index =
        ClassIndex.of(List.of(dir.resolve("repo/target/classes")), List.of(dir.resolve("none")));
    assertThat(index.contains("x/Secret")).isFalse();
  }

  @Test
  void lineSpecRoundTripsThroughPitsFeatureSyntax() {
    LineSpec spec =
        LineSpec.parse(List.of("org/x/Foo.java:3-5,9", "Bar.java:12", "org/x/Foo.java:20"));
    assertThat(spec.contains("org/x", "Foo.java", 4)).isTrue();
    assertThat(spec.contains("org/x", "Foo.java", 20)).isTrue();
    assertThat(spec.contains("org/x", "Foo.java", 6)).isFalse();
    assertThat(spec.contains("", "Bar.java", 12)).isTrue();
    assertThat(spec.contains("org/y", "Foo.java", 4)).isFalse();
    assertThat(spec.feature())
        .isEqualTo("+ASSAYLINES(lines[Bar.java:12] lines[org/x/Foo.java:3-5,9,20])");
    assertThat(LineSpec.parse(spec.entries()).entries()).isEqualTo(spec.entries());
  }
}
