package dev.assay.gate.observability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.api.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The empty-catch and swallowed-exception rules, in the idioms real code uses. */
class CatchRulesTest {

  private static String java(String body) {
    return "package p;\nclass A {\n  void f() {\n" + body + "\n  }\n}\n";
  }

  @Test
  void emptyJavaCatchIsReported() throws Exception {
    List<String> f = Scan.of("src/main/java/p/A.java",
        java("    try { load(); } catch (IOException e) {\n    }"));
    assertThat(f).containsExactly("empty-catch@4");
  }

  @Test
  void emptyCatchMessageSaysWhyAndHow() throws Exception {
    Finding f = Scan.defaults().file("src/main/java/p/A.java",
        java("    try { load(); } catch (IOException e) {}")).run().findings().get(0);
    assertThat(f.message()).contains("`catch (IOException e)`", "without a trace", "log.warn",
        "ignored");
    assertThat(f.properties()).containsEntry("cwe", "CWE-1069").containsEntry("level", "error");
    assertThat(f.endLine()).isEqualTo(4);
  }

  @Test
  void aCommentGivingAReasonMakesAnEmptyCatchIntentional() throws Exception {
    assertThat(Scan.of("src/main/java/p/A.java",
        java("    try { load(); } catch (IOException e) {\n      // optional file: defaults apply\n    }")))
        .isEmpty();
    assertThat(Scan.of("src/main/java/p/A.java",
        java("    try { close(); } catch (IOException e) { } // closing quietly is fine here")))
        .isEmpty();
  }

  @Test
  void aTodoOrAnIdeStubIsNoReason() throws Exception {
    assertThat(Scan.of("src/main/java/p/A.java",
        java("    try { load(); } catch (IOException e) {\n      // TODO Auto-generated catch block\n    }")))
        .containsExactly("empty-catch@4");
    assertThat(Scan.of("src/main/java/p/A.java",
        java("    try { load(); } catch (IOException e) {\n      //\n    }")))
        .containsExactly("empty-catch@4");
  }

  @Test
  void ignoredNamesAndSuppressWarningsAreIntentional() throws Exception {
    assertThat(Scan.of("src/main/java/p/A.java",
        java("    try { load(); } catch (IOException ignored) {}\n"
            + "    try { load(); } catch (IOException expected) {}\n"
            + "    try { load(); } catch (@SuppressWarnings(\"unused\") IOException e) {}")))
        .isEmpty();
  }

  @Test
  void catchInsideStringsAndCommentsIsNotCode() throws Exception {
    assertThat(Scan.of("src/main/java/p/A.java",
        java("    String s = \"try { x(); } catch (Exception e) {}\";\n"
            + "    // try { x(); } catch (Exception e) {}\n"
            + "    /* catch (Exception e) { } */")))
        .isEmpty();
  }

  @Test
  void anEmptyCatchAfterATryThatReturnsIsTheTryFirstIdiom() throws Exception {
    assertThat(Scan.of("src/main/java/p/A.java",
        java("    try {\n      return Integer.parseInt(s);\n    } catch (NumberFormatException e) { }\n"
            + "    return reportBadNumber(s);")))
        .isEmpty();
    assertThat(Scan.of("src/main/java/p/A.java",
        java("    try {\n      if (ok) { return 1; }\n      load();\n    } catch (IOException e) { }")))
        .containsExactly("empty-catch@7");
    assertThat(Scan.of("app/a.py",
        "def port(s):\n    try:\n        return int(s)\n    except ValueError:\n        pass\n"
            + "    return 8080\n"))
        .isEmpty();
  }

  @Test
  void swallowedCatchAllIsReported() throws Exception {
    List<String> f = Scan.of("src/main/java/p/A.java",
        java("    try { port = parse(s); } catch (Exception e) {\n      port = 0;\n    }"));
    assertThat(f).containsExactly("swallowed-exception@4");
  }

  @Test
  void aBareReturnStillSwallows() throws Exception {
    assertThat(Scan.of("src/main/java/p/A.java",
        java("    try { send(); } catch (RuntimeException e) {\n      return;\n    }")))
        .containsExactly("swallowed-exception@4");
  }

  @Test
  void loggingWithSlf4jLog4jOrJulHandlesIt() throws Exception {
    assertThat(Scan.of("src/main/java/p/A.java",
        java("    try { a(); } catch (Exception e) { log.warn(\"a failed\", e); }\n"
            + "    try { a(); } catch (Exception e) { LOGGER.error(\"a failed\"); }\n"
            + "    try { a(); } catch (Exception e) { logger.log(Level.WARNING, \"a\"); }\n"
            + "    try { a(); } catch (Exception e) { auditLog.record(\"a\"); }\n"
            + "    try { a(); } catch (Exception e) { LoggerFactory.getLogger(A.class).warn(\"a\"); }")))
        .isEmpty();
  }

  @Test
  void rethrowingReturningOrPassingTheErrorOnHandlesIt() throws Exception {
    assertThat(Scan.of("src/main/java/p/A.java",
        java("    try { a(); } catch (Exception e) { throw new IllegalStateException(\"a\", e); }\n"
            + "    try { a(); } catch (Exception e) { return Optional.empty(); }\n"
            + "    try { a(); } catch (Exception e) { future.completeExceptionally(e); }\n"
            + "    try { a(); } catch (Exception e) { errors.add(new ConfigError(\"bad\")); }\n"
            + "    try { a(); } catch (Exception e) { onFailure(); }\n"
            + "    try { a(); } catch (Exception e) { Thread.currentThread().interrupt(); }")))
        .isEmpty();
  }

  @Test
  void aSpecificTypeWithARecoveryIsNotSwallowing() throws Exception {
    assertThat(Scan.of("src/main/java/p/A.java",
        java("    try { n = Integer.parseInt(s); } catch (NumberFormatException e) { n = 0; }")))
        .isEmpty();
  }

  @Test
  void catalogOrDialogIsNotALogger() throws Exception {
    assertThat(Scan.of("src/main/java/p/A.java",
        java("    try { a(); } catch (Exception e) { catalog.clear(); }")))
        .containsExactly("swallowed-exception@4");
  }

  @Test
  void kotlinTryAsAnExpressionReturnsTheCatchValue() throws Exception {
    assertThat(Scan.of("src/main/kotlin/A.kt",
        "fun port(s: String): Int? {\n  val p = try { s.toInt() } catch (e: Exception) { null }\n"
            + "  return p\n}\n"))
        .isEmpty();
    assertThat(Scan.of("src/main/kotlin/A.kt",
        "fun f() {\n  try { g() } catch (e: Exception) {\n  }\n}\n"))
        .containsExactly("empty-catch@2");
    assertThat(Scan.of("src/main/kotlin/A.kt",
        "fun f() {\n  try { g() } catch (e: Exception) { logger.warn(\"g\", e) }\n}\n"))
        .isEmpty();
  }

  @Test
  void javascriptCatchesAndPromiseCatches() throws Exception {
    String js = """
        async function load() {
          try { await read(); } catch (e) {}
          try { await read(); } catch { cache = null; }
          try { await read(); } catch (err) { logger.error('read failed', err); }
          try { await read(); } catch (err) { next(err); }
          fetchAll().catch(() => {});
          fetchAll().catch((err) => { winston.warn(err.message); });
          fetchAll().catch(function $initNoop() {});
          fetchAll().catch(() => null);
          return new Promise((resolve, reject) => {
            try { resolve(parse()); } catch { reject(new Error('bad input')); }
          });
        }
        """;
    assertThat(Scan.of("lib/load.js", js))
        .containsExactly("empty-catch@2", "swallowed-exception@3", "empty-catch@6");
  }

  @Test
  void lintSuppressionsAndACommentBeforeAPromiseCatchAreReasons() throws Exception {
    String js = """
        function f() {
          try {
            probe();
            // eslint-disable-next-line no-empty
          } catch {}
          try { probe(); } catch (e) {} // eslint-disable-line no-empty
          // errors are reported by the 'error' event
          conn.catch(() => {});
          conn.catch(() => {});
        }
        """;
    assertThat(Scan.of("lib/f.js", js)).containsExactly("empty-catch@9");
  }

  @Test
  void typescriptCatchWithATypeAnnotation() throws Exception {
    assertThat(Scan.of("src/api.ts",
        "export function f(): void {\n  try { g(); } catch (e: unknown) {\n  }\n}\n"))
        .containsExactly("empty-catch@2");
  }

  @Test
  void pythonExceptClauses() throws Exception {
    String py = """
        try:
            import ujson as json
        except ImportError:
            json = None

        def load(path):
            try:
                data = read(path)
            except ValueError:
                pass
            try:
                return read(path)
            except Exception:
                data = {}
            try:
                return read(path)
            except Exception as e:
                logging.exception("read %s", path)
            try:
                return read(path)
            except OSError as e:
                raise ConfigError(path) from e
            try:
                return read(path)
            except KeyError:  # absent keys mean the default
                pass
            try: return read(path)
            except: pass
        """;
    assertThat(Scan.of("app/load.py", py))
        .containsExactly("empty-catch@9", "swallowed-exception@13", "empty-catch@28");
  }

  @Test
  void goIgnoredErrorCheck() throws Exception {
    String go = """
        package store

        func Save(v string) {
        	if err := write(v); err != nil {
        		log.Printf("save: %v", err)
        	}
        	err := flush()
        	if err != nil {
        	}
        }
        """;
    assertThat(Scan.of("store/save.go", go)).containsExactly("empty-catch@8");
  }

  @Test
  void csharpAndPhp() throws Exception {
    assertThat(Scan.of("src/A.cs",
        "class A {\n  void F() {\n    try { G(); } catch (Exception ex) {\n    }\n  }\n}\n"))
        .containsExactly("empty-catch@3");
    assertThat(Scan.of("src/A.php",
        "<?php\nfunction f() {\n  try { g(); } catch (\\Exception $e) {\n  }\n"
            + "  try { g(); } catch (Exception $e) { $this->logger->error($e->getMessage()); }\n}\n"))
        .containsExactly("empty-catch@3");
  }

  @Test
  void testCodeIsExemptUnlessCheckTestsIsOn() throws Exception {
    String src = java("    try { a(); } catch (Exception e) {}");
    assertThat(Scan.of("src/test/java/p/ATest.java", src)).isEmpty();
    assertThat(Scan.with(ObservabilityConfig.defaults().withCheckTests(true))
        .file("src/test/java/p/ATest.java", src).findings())
        .containsExactly("empty-catch@4");
  }

  @Test
  void onlyHandlersTouchedByTheChangeAreReported() throws Exception {
    String src = "class A {\n  void f() {\n"
        + "    try { a(); } catch (Exception e) {}\n"
        + "    try { a(); } catch (Exception e) { // +\n    } // +\n"
        + "  }\n}\n";
    assertThat(Scan.defaults().changed("src/main/java/A.java", src).findings())
        .containsExactly("empty-catch@4");
  }

  @Test
  void configuredLoggerNamesAreRecognised() throws Exception {
    String src = java("    try { a(); } catch (Exception e) { telemetry.capture(\"a\"); }");
    assertThat(Scan.of("src/main/java/p/A.java", src)).containsExactly("swallowed-exception@4");
    assertThat(Scan.with(ObservabilityConfig.defaults().withLoggers(List.of("telemetry")))
        .file("src/main/java/p/A.java", src).findings())
        .isEmpty();
  }

  @Test
  void aRuleTurnedOffIsNotReported() throws Exception {
    String src = java("    try { a(); } catch (Exception e) {}");
    assertThat(Scan.with(ObservabilityConfig.defaults().with("empty-catch", "off"))
        .file("src/main/java/p/A.java", src).findings())
        .isEmpty();
  }
}
