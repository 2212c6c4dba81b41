package dev.assay.java.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real jars compiled by javac at base and head, compared by japicmp, one break kind per test. */
class JapicmpComparisonTest {
  @TempDir Path tmp;

  private ApiDiff diff(String base, String head) throws Exception {
    return diff(ApiConfig.defaults(), Map.of("p/A.java", base), Map.of("p/A.java", head));
  }

  private ApiDiff diff(ApiConfig cfg, Map<String, String> base, Map<String, String> head)
      throws Exception {
    Path b = TestJars.jar(tmp, "base.jar", base);
    Path h = TestJars.jar(tmp, "head.jar", head);
    return new JapicmpComparison(cfg.surface(), List.of()).compare("lib", b, h);
  }

  private static ApiBreak only(ApiDiff d) {
    assertThat(d.breaks()).hasSize(1);
    return d.breaks().get(0);
  }

  @Test
  void methodRemovedBreaksBinaryAndSource() throws Exception {
    ApiBreak b = only(diff(
        "package p; public class A { public int f(int x) { return x; } public void g() {} }",
        "package p; public class A { public void g() {} }"));
    assertThat(b.change()).isEqualTo("METHOD_REMOVED");
    assertThat(b.kind()).isEqualTo(ApiBreak.Kind.METHOD);
    assertThat(b.member()).isEqualTo("f(int)");
    assertThat(b.memberName()).isEqualTo("f");
    assertThat(b.binary()).isFalse();
    assertThat(b.source()).isFalse();
    assertThat(b.description()).isEqualTo("`A.f(int)` was removed");
    assertThat(BreakWords.consequence(b)).contains("no longer compile").contains("NoSuchMethodError");
    assertThat(b.sourceFile()).isEqualTo("A.java");
  }

  @Test
  void parameterTypeChangedIsDescribedAsSuch() throws Exception {
    ApiDiff d = diff(
        "package p; public class A { public void put(String k, int v) {} }",
        "package p; public class A { public void put(String k, long v) {} }");
    ApiBreak b = only(d);
    assertThat(b.change()).isEqualTo("METHOD_REMOVED");
    assertThat(b.description())
        .isEqualTo("`A.put(String, int)` was removed; it now takes (String, long) instead: the"
            + " parameter types changed");
    assertThat(d.additions()).isEqualTo(1);
  }

  @Test
  void returnTypeChangedBreaksBinary() throws Exception {
    ApiBreak b = only(diff(
        "package p; public class A { public int size() { return 0; } }",
        "package p; public class A { public long size() { return 0; } }"));
    assertThat(b.change()).isEqualTo("METHOD_RETURN_TYPE_CHANGED");
    assertThat(b.description()).isEqualTo("the return type of `A.size()` changed from int to long");
    assertThat(b.binary()).isFalse();
    assertThat(b.line()).isPositive();
  }

  @Test
  void returnTypeNarrowedOnAStaticMethodStillCompilesForCallers() throws Exception {
    ApiBreak b = only(diff(
        "package p; public class A { public static java.util.Collection<String> f() { return null; } }",
        "package p; public class A { public static java.util.List<String> f() { return null; } }"));
    assertThat(b.change()).isEqualTo("METHOD_RETURN_TYPE_CHANGED");
    assertThat(b.binary()).isFalse();
    assertThat(b.source()).isTrue();
    assertThat(BreakWords.consequence(b)).isEqualTo("Callers still compile, but those compiled"
        + " against the old version fail at run time with NoSuchMethodError until they are"
        + " recompiled.");
    // an overridable method: a subclass returning Collection no longer compiles
    assertThat(only(diff(
        "package p; public class A { public java.util.Collection<String> f() { return null; } }",
        "package p; public class A { public java.util.List<String> f() { return null; } }"))
        .source()).isFalse();
  }

  @Test
  void classMadeFinalBreaksSubclasses() throws Exception {
    ApiBreak b = only(diff("package p; public class A { public void g() {} }",
        "package p; public final class A { public void g() {} }"));
    assertThat(b.kind()).isEqualTo(ApiBreak.Kind.CLASS);
    assertThat(b.change()).startsWith("CLASS_NOW_");
    assertThat(b.description()).contains("`A` can no longer be extended");
    assertThat(b.binary()).isFalse();
  }

  @Test
  void interfaceMethodAddedBreaksImplementations() throws Exception {
    ApiDiff d = diff("package p; public interface A { void run(); }",
        "package p; public interface A { void run(); int priority(); }");
    ApiBreak b = only(d);
    assertThat(b.change()).isEqualTo("METHOD_ADDED_TO_INTERFACE");
    assertThat(b.description())
        .isEqualTo("interface `A` gained abstract method `A.priority()`: every implementation"
            + " outside the library must add it");
    assertThat(b.source()).isFalse();
  }

  @Test
  void defaultMethodAddedToInterfaceIsNotABreak() throws Exception {
    ApiDiff d = diff("package p; public interface A { void run(); }",
        "package p; public interface A { void run(); default int priority() { return 0; } }");
    assertThat(d.breaks()).isEmpty();
    assertThat(d.additions()).isEqualTo(1);
  }

  @Test
  void fieldRemoved() throws Exception {
    ApiBreak b = only(diff("package p; public class A { public static int LIMIT = 3; }",
        "package p; public class A { }"));
    assertThat(b.change()).isEqualTo("FIELD_REMOVED");
    assertThat(b.kind()).isEqualTo(ApiBreak.Kind.FIELD);
    assertThat(b.description()).isEqualTo("field `A.LIMIT` was removed");
    assertThat(BreakWords.consequence(b)).contains("NoSuchFieldError");
  }

  @Test
  void visibilityReduced() throws Exception {
    ApiBreak b = only(diff("package p; public class A { public void g() {} }",
        "package p; public class A { protected void g() {} }"));
    assertThat(b.change()).isEqualTo("METHOD_LESS_ACCESSIBLE");
    assertThat(b.description()).isEqualTo("`A.g()` went from public to protected");
  }

  @Test
  void classRemoved() throws Exception {
    ApiDiff d = diff(ApiConfig.defaults(),
        Map.of("p/A.java", "package p; public class A {}", "p/B.java", "package p; public class B {}"),
        Map.of("p/A.java", "package p; public class A {}"));
    ApiBreak b = only(d);
    assertThat(b.change()).isEqualTo("CLASS_REMOVED");
    assertThat(b.description()).isEqualTo("class `B` was removed");
    assertThat(BreakWords.consequence(b)).contains("NoClassDefFoundError");
  }

  @Test
  void checkedExceptionAddedIsSourceOnly() throws Exception {
    ApiBreak b = only(diff("package p; public class A { public void g() {} }",
        "package p; public class A { public void g() throws java.io.IOException {} }"));
    assertThat(b.change()).isEqualTo("METHOD_NOW_THROWS_CHECKED_EXCEPTION");
    assertThat(b.sourceOnly()).isTrue();
    assertThat(BreakWords.consequence(b)).contains("already compiled ones still run");
  }

  @Test
  void additionsAreNotBreaks() throws Exception {
    ApiDiff d = diff(ApiConfig.defaults(),
        Map.of("p/A.java", "package p; public class A { public void g() {} }"),
        Map.of("p/A.java", "package p; public class A { public void g() {} public int h() { return 1; }"
            + " public static final int MAX = 3; public A() {} public A(int x) {} }",
            "p/N.java", "package p; public class N {}"));
    assertThat(d.breaks()).isEmpty();
    assertThat(d.additions()).isEqualTo(4);
  }

  @Test
  void privateAndPackagePrivateChangesAreNotApi() throws Exception {
    ApiDiff d = diff(
        "package p; public class A { private int x; void helper() {} private void p(int a) {} }"
            + " class Hidden { public void gone() {} }",
        "package p; public class A { private long y; void helper(String s) {} }");
    assertThat(d.breaks()).isEmpty();
  }

  @Test
  void packagePrivateConstructorsAndNestedClassesAreNotApi() throws Exception {
    ApiDiff d = diff(
        "package p; public class A { A(int x) {} public A() {} static class N { public void n() {} }"
            + " private static class M { public M() {} } }",
        "package p; public class A { A(int x, int y) {} public A() {} static class N { }"
            + " private static class M { public M(int a) {} } }");
    assertThat(d.breaks()).isEmpty();
  }

  @Test
  void renamingATypeParameterIsNotABreakButChangingItsBoundIs() throws Exception {
    assertThat(diff("package p; public interface A<R, E extends Exception> { R get() throws E;"
            + " static <X> X first(java.util.List<X> l) { return l.get(0); } }",
        "package p; public interface A<T, E extends Exception> { T get() throws E;"
            + " static <Y> Y first(java.util.List<Y> l) { return l.get(0); } }").breaks())
        .isEmpty();
    ApiBreak b = only(diff("package p; public class A<T> { }",
        "package p; public class A<T extends Number> { }"));
    assertThat(b.change()).startsWith("CLASS_GENERIC_TEMPLATE");
    assertThat(b.description()).isEqualTo("the type parameters of `A` changed");
  }

  @Test
  void widenedBoundsAndNewTypeParametersOfStaticMethodsAreNotBreaks() throws Exception {
    assertThat(diff("package p; public class A {"
            + " public static <T extends Comparable<T>> T max(T a, T b) { return a; }"
            + " public static String show(Object o, java.util.function.Supplier<String> s) { return s.get(); } }",
        "package p; public class A {"
            + " public static <T extends Comparable<? super T>> T max(T a, T b) { return a; }"
            + " public static <T> String show(T o, java.util.function.Supplier<String> s) { return s.get(); } }")
        .breaks()).isEmpty();
    // the same widening on an overridable method can break subclasses: still reported
    assertThat(only(diff("package p; public class A {"
            + " public <T extends Comparable<T>> T max(T a, T b) { return a; } }",
        "package p; public class A {"
            + " public <T extends Comparable<? super T>> T max(T a, T b) { return a; } }")).change())
        .startsWith("CLASS_GENERIC_TEMPLATE");
  }

  @Test
  void changesThatHitOnlySubclassesDoNotCountWhenNothingCanSubclass() throws Exception {
    // no public or protected constructor (built by a factory): nobody outside can override
    assertThat(diff("package p; public class A { A() {} public static A of() { return new A(); }"
            + " public int size() { return 0; } }",
        "package p; public class A { A() {} public static A of() { return new A(); }"
            + " public final int size() { return 0; } }").breaks()).isEmpty();
    ApiBreak b = only(diff("package p; public class A { public int size() { return 0; } }",
        "package p; public class A { public final int size() { return 0; } }"));
    assertThat(b.change()).isEqualTo("METHOD_NOW_FINAL");
    assertThat(BreakWords.consequence(b)).startsWith("Subclasses and implementations outside the"
        + " library no longer compile");
  }

  @Test
  void droppingAPackagePrivateSuperclassIsNotABreakButDroppingAPublicOneIs() throws Exception {
    ApiDiff d = diff(ApiConfig.defaults(),
        Map.of("p/Base.java", "package p; public class Base { public void m() {} }",
            "p/Shim.java", "package p; abstract class Shim extends Base { }",
            "p/A.java", "package p; public class A extends Shim { public static A of() { return null; } }"),
        Map.of("p/Base.java", "package p; public class Base { public void m() {} }",
            "p/A.java", "package p; public class A extends Base { public static A of() { return null; } }"));
    assertThat(d.breaks()).isEmpty();
    ApiDiff pub = diff(ApiConfig.defaults(),
        Map.of("p/Base.java", "package p; public class Base { }",
            "p/A.java", "package p; public class A extends Base { }"),
        Map.of("p/Base.java", "package p; public class Base { }",
            "p/A.java", "package p; public class A { }"));
    assertThat(pub.breaks()).extracting(ApiBreak::change).contains("SUPERCLASS_REMOVED");
  }

  @Test
  void internalPackageChangesAreNotApi() throws Exception {
    ApiDiff d = diff(ApiConfig.defaults(),
        Map.of("p/internal/X.java", "package p.internal; public class X { public void a() {} }",
            "p/impl/Y.java", "package p.impl; public class Y { public void b() {} }"),
        Map.of("p/internal/X.java", "package p.internal; public class X { }",
            "p/impl/Y.java", "package p.impl; public final class Y { }"));
    assertThat(d.breaks()).isEmpty();
  }

  @Test
  void internalAnnotationOnClassOrMemberOrPackageIsHonoured() throws Exception {
    String ann = "package p; public @interface Internal {}";
    ApiDiff d = diff(ApiConfig.defaults(),
        Map.of("p/Internal.java", ann,
            "p/A.java", "package p; public class A { @Internal public void a() {} public void keep() {} }",
            "p/B.java", "package p; @Internal public class B { public void b() {} public static class In { public void c() {} } }",
            "q/package-info.java", "@p.Internal package q;",
            "q/C.java", "package q; public class C { public void c() {} }"),
        Map.of("p/Internal.java", ann,
            "p/A.java", "package p; public class A { public void keep() {} }",
            "p/B.java", "package p; @Internal public class B { public static class In { } }",
            "q/package-info.java", "@p.Internal package q;",
            "q/C.java", "package q; public class C { }"));
    assertThat(d.breaks()).isEmpty();
  }

  @Test
  void apiGuardianInternalStatusIsHonouredButStableIsNot() throws Exception {
    String api = "package org.apiguardian.api; public @interface API {"
        + " enum Status { INTERNAL, STABLE } Status status(); }";
    ApiDiff d = diff(ApiConfig.defaults(),
        Map.of("org/apiguardian/api/API.java", api,
            "p/A.java", "package p; import org.apiguardian.api.API;"
                + " @API(status = API.Status.INTERNAL) public class A { public void a() {} }",
            "p/B.java", "package p; import org.apiguardian.api.API;"
                + " @API(status = API.Status.STABLE) public class B { public void b() {} }"),
        Map.of("org/apiguardian/api/API.java", api,
            "p/A.java", "package p; import org.apiguardian.api.API;"
                + " @API(status = API.Status.INTERNAL) public class A { }",
            "p/B.java", "package p; import org.apiguardian.api.API;"
                + " @API(status = API.Status.STABLE) public class B { }"));
    assertThat(only(d).className()).isEqualTo("p.B");
  }

  @Test
  void unannotatedChangeNextToInternalOneIsStillABreak() throws Exception {
    String ann = "package p; public @interface Internal {}";
    ApiDiff d = diff(ApiConfig.defaults(),
        Map.of("p/Internal.java", ann,
            "p/A.java", "package p; public class A { @Internal public void a() {} public void b() {} }"),
        Map.of("p/Internal.java", ann, "p/A.java", "package p; public class A { }"));
    assertThat(only(d).member()).isEqualTo("b()");
  }

  @Test
  void includeAndExcludeNarrowTheSurface() throws Exception {
    Map<String, String> base = Map.of(
        "api/A.java", "package api; public class A { public void a() {} }",
        "tools/T.java", "package tools; public class T { public void t() {} }");
    Map<String, String> head = Map.of(
        "api/A.java", "package api; public class A { }",
        "tools/T.java", "package tools; public class T { }");
    ApiConfig include = new ApiConfig("", ApiConfig.DEFAULT_BUILD_TIMEOUT, ApiConfig.DEFAULT_JARS,
        List.of(), List.of(), List.of("api"), List.of(), List.of(), List.of(), true, "", "", List.of());
    assertThat(diff(include, base, head).breaks()).extracting(ApiBreak::className)
        .containsExactly("api.A");
    ApiConfig exclude = new ApiConfig("", ApiConfig.DEFAULT_BUILD_TIMEOUT, ApiConfig.DEFAULT_JARS,
        List.of(), List.of(), List.of(), List.of("api"), List.of(), List.of(), true, "", "", List.of());
    assertThat(diff(exclude, base, head).breaks()).extracting(ApiBreak::className)
        .containsExactly("tools.T");
  }

  @Test
  void superclassFromMissingDependencyIsNotedNotFatal() throws Exception {
    Path dep = TestJars.jar(tmp, "dep.jar", Map.of("d/Base.java", "package d; public class Base {}"));
    Path b = TestJars.jarWithClasspath(tmp, "base.jar",
        Map.of("p/A.java", "package p; public class A extends d.Base { public void a() {} }"), dep);
    Path h = TestJars.jarWithClasspath(tmp, "head.jar",
        Map.of("p/A.java", "package p; public class A extends d.Base { }"), dep);
    ApiDiff d = new JapicmpComparison(ApiConfig.defaults().surface(), List.of()).compare("lib", b, h);
    assertThat(d.breaks()).extracting(ApiBreak::member).containsExactly("a()");
    assertThat(d.notes()).singleElement().asString().contains("d.Base").contains("classpath");
    ApiDiff withCp = new JapicmpComparison(ApiConfig.defaults().surface(), List.of(dep))
        .compare("lib", b, h);
    assertThat(withCp.notes()).isEmpty();
    assertThat(withCp.breaks()).extracting(ApiBreak::member).containsExactly("a()");
  }
}
