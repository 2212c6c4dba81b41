package dev.assay.java.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each break kind as javac compiles it and japicmp classifies it, with the words a reviewer reads.
 * Columns: base source of class p.A, head source, japicmp change, expected description start,
 * expected start of the consequence.
 */
class BreakWordsTest {
  @TempDir Path tmp;

  @ParameterizedTest(name = "{2}")
  @CsvSource(delimiter = '|', textBlock = """
      public class A { public void m() {} }                 | public class A { public static void m() {} }      | METHOD_NOW_STATIC         | `A.m()` is now static                | Callers no longer compile, and those compiled against the old version fail at run time with IncompatibleClassChangeError
      public class A { public static void m() {} }          | public class A { public void m() {} }             | METHOD_NO_LONGER_STATIC   | `A.m()` is no longer static          | Callers no longer compile
      public class A { public int f; }                      | public class A { public long f; }                 | FIELD_TYPE_CHANGED        | the type of field `A.f` changed from int to long | Callers no longer compile, and those compiled against the old version fail at run time with NoSuchFieldError
      public class A { public int f; }                      | public class A { public final int f = 1; }        | FIELD_NOW_FINAL           | field `A.f` is now final             | Callers no longer compile
      public class A { public int f; }                      | public class A { protected int f; }               | FIELD_LESS_ACCESSIBLE     | field `A.f` went from public to protected | Callers no longer compile, and those compiled against the old version fail at run time with IllegalAccessError
      public class A { public int f; }                      | public class A { public static int f; }           | FIELD_NOW_STATIC          | field `A.f` is now static            | Callers no longer compile
      public class A { }                                    | public abstract class A { }                       | CLASS_NOW_ABSTRACT        | class `A` is now abstract            | Callers no longer compile, and those compiled against the old version fail at run time with InstantiationError
      public class A { }                                    | class A { }                                       | CLASS_NO_LONGER_PUBLIC    | class `A` is less visible than before (public -> package_protected) | Callers no longer compile, and those compiled against the old version fail at run time with IllegalAccessError
      public class A { }                                    | public interface A { }                            | CLASS_TYPE_CHANGED        | `A` changed from class to interface  | Callers no longer compile
      public class A implements Runnable { public void run() {} } | public class A { public void run() {} }     | INTERFACE_REMOVED         | `A` no longer implements an interface it implemented | Callers no longer compile
      public class A { public A(int x) {} }                 | public class A { public A(long x) {} }            | CONSTRUCTOR_REMOVED       | `new A(int)` was removed; it now takes (long) instead | Callers no longer compile, and those compiled against the old version fail at run time with NoSuchMethodError
      public class A { public A() {} }                      | public class A { protected A() {} }               | CONSTRUCTOR_LESS_ACCESSIBLE | `new A()` went from public to protected | Callers no longer compile
      public abstract class A { public void m() {} }        | public abstract class A { public abstract void m(); } | METHOD_NOW_ABSTRACT   | `A.m()` is now abstract: subclasses must implement it | Subclasses and implementations outside the library no longer compile
      public abstract class A { }                           | public abstract class A { public abstract void n(); } | METHOD_ABSTRACT_ADDED_TO_CLASS | abstract class `A` gained abstract method `A.n()` | Subclasses and implementations outside the library written against the old version no longer compile
      public class A extends RuntimeException { }           | public class A extends Exception { }              | CLASS_NOW_CHECKED_EXCEPTION | `A` is now a checked exception     | Callers written against the old version no longer compile
      public class A { public void m(int... x) {} }         | public class A { public void m(int[] x) {} }      | METHOD_NO_LONGER_VARARGS  | `A.m(int[])` no longer varargs       | Callers written against the old version no longer compile
      public class A { public void m() throws java.io.IOException {} } | public class A { public void m() {} }  | METHOD_NO_LONGER_THROWS_CHECKED_EXCEPTION | `A.m()` no longer throws a checked exception | Callers written against the old version no longer compile
      """)
  void describes(String base, String head, String change, String what, String consequence)
      throws Exception {
    ApiDiff d = new JapicmpComparison(ApiConfig.defaults().surface(), List.of()).compare("lib",
        TestJars.jar(tmp, "b.jar", Map.of("p/A.java", "package p; " + base)),
        TestJars.jar(tmp, "h.jar", Map.of("p/A.java", "package p; " + head)));
    assertThat(d.breaks()).extracting(ApiBreak::change).contains(change);
    ApiBreak b = d.breaks().stream().filter(x -> x.change().equals(change)).findFirst().orElseThrow();
    assertThat(b.description()).startsWith(what);
    assertThat(BreakWords.consequence(b)).startsWith(consequence);
  }
}
