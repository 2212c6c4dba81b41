package dev.assay.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {

  /** Texts of the tokens that are code (names and keywords). */
  static List<String> words(Language lang, String src) {
    TokenStream t = Tokenizer.tokenize(lang, src);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < t.size(); i++) {
      if (t.kind(i) == TokenKind.IDENTIFIER || t.kind(i) == TokenKind.KEYWORD) {
        out.add(t.text(i));
      }
    }
    return out;
  }

  static List<String> ofKind(Language lang, String src, TokenKind kind) {
    TokenStream t = Tokenizer.tokenize(lang, src);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < t.size(); i++) {
      if (t.kind(i) == kind) {
        out.add(t.text(i));
      }
    }
    return out;
  }

  @Test
  void javaStringsCommentsAndTextBlocksAreNotCode() {
    String src =
        """
        class A { // if (x) exec("rm")
          /* while (true) { */ String s = "if (a) { \\" }";
          char c = '"';
          String t = \"""
              SELECT * FROM users WHERE if = 1 \\\"""
              \""";
          int n = 0x1F + 1_000 + 1e-3;
        }
        """;
    assertThat(words(Language.JAVA, src))
        .containsExactly("class", "A", "String", "s", "char", "c", "String", "t", "int", "n");
    assertThat(ofKind(Language.JAVA, src, TokenKind.STRING)).hasSize(3);
    assertThat(ofKind(Language.JAVA, src, TokenKind.NUMBER)).containsExactly("0x1F", "1_000", "1e-3");
    TokenStream t = Tokenizer.tokenize(Language.JAVA, src);
    assertThat(t.problems()).isZero();
    int last = t.size() - 1;
    assertThat(t.text(last)).isEqualTo("}");
    assertThat(t.line(last)).isEqualTo(8);
  }

  @Test
  void keywordsAreRecognisedPerLanguage() {
    TokenStream t = Tokenizer.tokenize(Language.JAVA, "fun if");
    assertThat(t.kind(0)).isEqualTo(TokenKind.IDENTIFIER);
    assertThat(t.kind(1)).isEqualTo(TokenKind.KEYWORD);
    TokenStream k = Tokenizer.tokenize(Language.KOTLIN, "fun if");
    assertThat(k.kind(0)).isEqualTo(TokenKind.KEYWORD);
    assertThat(k.is(1, "if")).isTrue();
  }

  @Test
  void javascriptTemplatesKeepHolesAsCode() {
    String src = "const q = `SELECT ${user.name + `x${deep}`} if ${a}` + b; // ${no}\n";
    assertThat(words(Language.JAVASCRIPT, src))
        .containsExactly("const", "q", "user", "name", "deep", "a", "b");
    assertThat(ofKind(Language.JAVASCRIPT, src, TokenKind.TEMPLATE))
        .containsExactly("`SELECT ${", "`x${", "}`", "} if ${", "}`");
    assertThat(Tokenizer.tokenize(Language.JAVASCRIPT, src).problems()).isZero();
  }

  @Test
  void regexLiteralsAreDecidedByThePreviousToken() {
    String src =
        """
        const re = /if (x) { "/g;
        const half = total / 2 / count;
        if (/^a\\/b[/]$/.test(s)) return x.length / 2;
        """;
    assertThat(ofKind(Language.JAVASCRIPT, src, TokenKind.REGEX))
        .containsExactly("/if (x) { \"/g", "/^a\\/b[/]$/");
    assertThat(words(Language.JAVASCRIPT, src))
        .containsExactly(
            "const", "re", "const", "half", "total", "count", "if", "test", "s", "return", "x",
            "length");
    assertThat(Tokenizer.tokenize(Language.TYPESCRIPT, src).problems()).isZero();
  }

  @Test
  void pythonStringsCommentsAndIndentation() {
    String src =
        """
        def f(a):
            s = '''if x:
                pass'''  # if y
            t = rb"\\"if\\""
            if a:
                return [1,
                        2]
            return s
        """;
    assertThat(words(Language.PYTHON, src))
        .containsExactly("def", "f", "a", "s", "t", "if", "a", "return", "return", "s");
    List<String> kinds = new ArrayList<>();
    TokenStream t = Tokenizer.tokenize(Language.PYTHON, src);
    for (int i = 0; i < t.size(); i++) {
      TokenKind k = t.kind(i);
      if (k == TokenKind.INDENT || k == TokenKind.DEDENT || k == TokenKind.NEWLINE) {
        kinds.add(k + "@" + t.line(i));
      }
    }
    assertThat(kinds)
        .containsExactly(
            "NEWLINE@1", "INDENT@2", "NEWLINE@3", "NEWLINE@4", "NEWLINE@5", "INDENT@6",
            "NEWLINE@7", "DEDENT@8", "NEWLINE@8", "DEDENT@9");
    assertThat(t.problems()).isZero();
  }

  @Test
  void goRawStringsAndRunes() {
    String src = "s := `if {\n}` + \"\\\"\" + string('`')\nfor i := range x {}\n";
    assertThat(words(Language.GO, src)).containsExactly("s", "string", "for", "i", "range", "x");
    assertThat(ofKind(Language.GO, src, TokenKind.OPERATOR)).contains(":=");
  }

  @Test
  void kotlinStringTemplatesAndNestedComments() {
    String src =
        """
        /* outer /* inner */ still comment if */
        val s = "a ${call("b")} $name"
        val r = \"""raw ${x} "quoted" \"""
        """;
    assertThat(words(Language.KOTLIN, src)).containsExactly("val", "s", "call", "val", "r", "x");
    assertThat(Tokenizer.tokenize(Language.KOTLIN, src).problems()).isZero();
  }

  @Test
  void csharpVerbatimAndInterpolatedStrings() {
    String src = "var p = @\"C:\\dir\"\"if\"\"\"; var q = $\"{a}\"; var @class = 1;";
    assertThat(words(Language.CSHARP, src))
        .containsExactly("var", "p", "var", "q", "var", "@class");
  }

  @Test
  void phpHeredocAndHashComments() {
    String src =
        """
        <?php
        $sql = <<<SQL
          SELECT * FROM t WHERE if = "x"
          SQL;
        # if ($a) {
        echo 'it''s';
        """;
    assertThat(words(Language.PHP, src)).containsExactly("php", "$sql", "echo");
    assertThat(ofKind(Language.PHP, src, TokenKind.STRING)).hasSize(3);
  }

  @Test
  void unterminatedLiteralsAreProblemsNotExceptions() {
    TokenStream s = Tokenizer.tokenize(Language.JAVA, "String s = \"open\nint x;");
    assertThat(s.problems()).isEqualTo(1);
    assertThat(s.partial()).isTrue();
    assertThat(words(Language.JAVA, "String s = \"open\nint x;")).endsWith("int", "x");
    TokenStream c = Tokenizer.tokenize(Language.GO, "x := 1 /* never closed\n if {");
    assertThat(c.problems()).isEqualTo(1);
    assertThat(c.kind(c.size() - 1)).isEqualTo(TokenKind.COMMENT);
    TokenStream t = Tokenizer.tokenize(Language.TYPESCRIPT, "const a = `x ${ b ");
    assertThat(t.problems()).isGreaterThan(0);
  }

  @Test
  void deepNestingAndHostileInputDoNotOverflow() {
    String deep = "{".repeat(100_000) + "}".repeat(100_000);
    TokenStream t = Tokenizer.tokenize(Language.JAVA, "void f() " + deep);
    assertThat(t.size()).isEqualTo(200_004);
    assertThat(Functions.find(t)).hasSize(1);
    String closers = "void f() {" + ")".repeat(50_000) + "(".repeat(50_000);
    assertThat(Functions.find(Tokenizer.tokenize(Language.JAVA, closers))).hasSize(1);
    String templates = "x = `${".repeat(20_000);
    assertThat(Tokenizer.tokenize(Language.JAVASCRIPT, templates).problems()).isPositive();
    String py = "def f():\n" + "".concat("  if x:\n".repeat(1)) + deepPython(3000);
    assertThat(Functions.find(Tokenizer.tokenize(Language.PYTHON, py))).hasSize(1);
  }

  private static String deepPython(int depth) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < depth; i++) {
      sb.append(" ".repeat(i + 4)).append("if x:\n");
    }
    return sb.append(" ".repeat(depth + 4)).append("pass\n").toString();
  }

  @Test
  void languageFromExtension() {
    assertThat(Language.ofPath("a/B.java")).contains(Language.JAVA);
    assertThat(Language.ofPath("build.gradle.kts")).contains(Language.KOTLIN);
    assertThat(Language.ofPath("x/y.MJS")).contains(Language.JAVASCRIPT);
    assertThat(Language.ofPath("c.tsx")).contains(Language.TYPESCRIPT);
    assertThat(Language.ofPath("main.go")).contains(Language.GO);
    assertThat(Language.ofPath("P.cs")).contains(Language.CSHARP);
    assertThat(Language.ofPath("index.php")).contains(Language.PHP);
    assertThat(Language.ofPath("README.md")).isEmpty();
    assertThat(Language.ofPath("dir.java/.hidden")).isEmpty();
  }

  @Test
  void textHashIsTheTokenTextsHashCode() {
    TokenStream t = Tokenizer.tokenize(Language.JAVA, "int x = a >>>= \"é\" + 'c'; // ü".toCharArray());
    for (int i = 0; i < t.size(); i++) {
      assertThat(t.textHash(i)).isEqualTo(t.text(i).hashCode());
    }
  }
}
