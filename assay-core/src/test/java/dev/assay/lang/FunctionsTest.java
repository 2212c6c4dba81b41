package dev.assay.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FunctionsTest {

  private static List<FunctionInfo> find(Language lang, String src) {
    return Functions.find(Tokenizer.tokenize(lang, src));
  }

  private static String summary(FunctionInfo f) {
    return f.name() + " " + f.startLine() + "-" + f.endLine() + " p" + f.parameters() + " l"
        + f.lines() + " cc" + f.complexity() + " n" + f.nesting();
  }

  @Test
  void javaMethodsConstructorsAndAnonymousClasses() {
    String src =
        """
        @Service
        public class Orders {
          private final Map<String, List<Integer>> m = new HashMap<>();

          Orders(Map<String, Integer> a, int b) throws IOException {
            super();
          }

          // a comment line is not a line of code
          public <T> List<T> find(String id, boolean deep) {
            if (id == null || id.isEmpty()) {
              return List.of();
            } else if (deep && m.containsKey(id)) {
              for (String k : m.keySet()) {
                while (k.length() > 3) {
                  k = k.substring(1);
                }
              }
            }
            Runnable r = new Runnable() {
              @Override public void run() { if (a) { b(); } }
            };
            String s = "if (x) { && || ? }";
            return deep ? List.of() : null;
          }

          abstract void later(int x);
        }
        """;
    assertThat(find(Language.JAVA, src).stream().map(FunctionsTest::summary))
        // find: 1 + if, ||, else if, &&, for, while, ?: = 8; run's if counts for run only
        .containsExactly(
            "Orders 5-7 p2 l3 cc1 n0",
            "find 10-25 p2 l16 cc8 n3",
            "run 21-21 p0 l1 cc2 n1");
  }

  @Test
  void complexityCountsSwitchCasesCatchAndTernaryButNotGenerics() {
    String src =
        """
        int f(List<? extends Number> xs, Optional<?> o) {
          switch (x) {
            case 1: return 1;
            case 2: { return 2; }
            default: return 0;
          }
          try { g(); } catch (IOException | RuntimeException e) { h(); } finally { i(); }
          do { j(); } while (k);
          return a ? b : c;
        }
        """;
    FunctionInfo f = find(Language.JAVA, src).get(0);
    // 1 + case + case + catch + while + ?: = 6, as lizard counts (default, do, finally add none)
    assertThat(f.complexity()).isEqualTo(6);
    assertThat(f.parameters()).isEqualTo(2);
    assertThat(f.nesting()).isEqualTo(2);
  }

  @Test
  void javascriptFunctionsMethodsAndArrowsAreSeparate() {
    String src =
        """
        function load(url, opts = {}) {
          if (!url) throw new Error("no url");
          return fetch(url).then((res) => {
            if (res.ok && res.status < 300) {
              return res.json();
            }
            return null;
          });
        }
        class Api {
          async get(path) { return path ? this.x : y; }
        }
        const handler = async (req, res) => {
          const ok = req.user || req.admin;
          items.forEach(i => i.done ? a() : b());
        };
        """;
    assertThat(find(Language.JAVASCRIPT, src).stream().map(FunctionsTest::summary))
        .containsExactly(
            "load 1-9 p2 l9 cc2 n0",
            "(anonymous) 3-8 p1 l6 cc3 n1",
            "get 11-11 p1 l1 cc2 n0",
            "handler 13-16 p2 l4 cc3 n0");
  }

  @Test
  void typescriptReturnTypesAndOptionalMarkers() {
    String src =
        """
        export function parse(input: string, opts?: Options): Result<Node, Error> {
          const v = opts?.strict ?? false;
          return v ? ok(input) : err();
        }
        interface X { m(a: number): void; }
        """;
    assertThat(find(Language.TYPESCRIPT, src).stream().map(FunctionsTest::summary))
        .containsExactly("parse 1-4 p2 l4 cc2 n0");
  }

  @Test
  void pythonDefsNestingAndComprehensions() {
    String src =
        """
        class Repo:
            def find(self, key, *, deep=False):
                \"""Docstring: if this, or that.\"""
                # comment
                if key is None and deep:
                    return None
                elif key:
                    for k in self.keys:
                        try:
                            if k:
                                pass
                        except KeyError:
                            raise
                vals = [v for v in self.vals if v]
                def inner(x): return x or 1
                return vals

            def short(cls): return 1
        """;
    assertThat(find(Language.PYTHON, src).stream().map(FunctionsTest::summary))
        .containsExactly(
            "find 2-16 p2 l14 cc9 n4",
            "inner 15-15 p1 l1 cc2 n0",
            "short 18-18 p0 l1 cc1 n0");
  }

  @Test
  void goFunctionsMethodsAndLiterals() {
    String src =
        """
        func (s *Server) Handle(w http.ResponseWriter, r *http.Request) (int, error) {
        	if r == nil {
        		return 0, errors.New("nil")
        	}
        	go func() {
        		select {
        		case <-done:
        		default:
        		}
        	}()
        	switch r.Method {
        	case "GET", "HEAD":
        		return 1, nil
        	}
        	return 2, nil
        }

        func Map[K comparable, V any](m map[K]V, f func(V) V) map[K]V { return m }
        """;
    assertThat(find(Language.GO, src).stream().map(FunctionsTest::summary))
        .containsExactly(
            "Handle 1-16 p2 l16 cc3 n1",
            "(anonymous) 5-10 p0 l6 cc2 n1",
            "Map 18-18 p2 l1 cc1 n0");
  }

  @Test
  void kotlinFunctionsWhenAndExpressionBodies() {
    String src =
        """
        fun classify(x: Int, names: Map<String, Int>): String {
            return when {
                x < 0 -> "neg"
                x == 0 && names.isEmpty() -> "zero"
                else -> "pos"
            }
        }
        fun twice(x: Int) =
            x * 2
        abstract fun later(): Int
        """;
    assertThat(find(Language.KOTLIN, src).stream().map(FunctionsTest::summary))
        .containsExactly("classify 1-7 p2 l7 cc4 n1", "twice 8-9 p1 l2 cc1 n0");
  }

  @Test
  void csharpAndPhpMethods() {
    String cs =
        """
        public string? Name(int? id, string s) where T : class {
          string? n = id > 0 ? s : null;
          foreach (var c in s) { if (c == 'a') return s; }
          return n ?? s;
        }
        """;
    assertThat(find(Language.CSHARP, cs).stream().map(FunctionsTest::summary))
        .containsExactly("Name 1-5 p2 l5 cc4 n1");
    String php =
        """
        <?php
        function total(array $items, ?int $max): int {
          $sum = 0;
          foreach ($items as $i) { if ($i > 0 and $i < $max) { $sum += $i; } }
          $f = function ($x) use ($sum) { return $x ?: $sum; };
          return $sum;
        }
        """;
    assertThat(find(Language.PHP, php).stream().map(FunctionsTest::summary))
        .containsExactly("total 2-7 p2 l6 cc4 n2", "(anonymous) 5-5 p1 l1 cc1 n0");
  }
}
