package dev.assay.gate.security;

import dev.assay.lang.Language;
import dev.assay.lang.TokenKind;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a range of tokens evaluates to, as far as the token rules need: only literals, or a string
 * built (by {@code +}, {@code %}, {@code .}, interpolation, {@code format}/{@code Sprintf}) around
 * something that is not a literal, whether its literal parts read like SQL, whether it reads from
 * an HTTP request, and whether it went through a sanitiser. A lone variable is resolved to its
 * last assignment in the same function (one step), so {@code sql = f"..."; cur.execute(sql)} is
 * seen as built.
 *
 * @param bits a combination of the constants below
 * @param text the expression's text, for messages
 */
record TokenExpr(int bits, String text) {
  static final int LITERAL = 1;
  static final int DYNAMIC = 2;
  static final int BUILT = 4;
  static final int SQL = 8;
  static final int REQUEST = 16;
  static final int SANITIZED = 32;

  private static final Pattern PY_FSTRING = Pattern.compile("^[rRbBuU]?[fF][rR]?['\"]");
  private static final Pattern DOLLAR_VAR = Pattern.compile("\\$[A-Za-z_{]");
  private static final Set<String> REQUEST_WORDS =
      Set.of(
          "$_GET", "$_POST", "$_REQUEST", "$_COOKIE", "$_FILES", "$_SERVER", "FormValue",
          "PostFormValue", "Vars", "getParameter");
  private static final Set<String> REQUEST_OBJECTS = Set.of("req", "request", "ctx", "c", "r");
  private static final Set<String> REQUEST_FIELDS =
      Set.of("query", "params", "body", "args", "form", "GET", "POST", "values", "files", "cookies",
          "headers", "FILES", "data", "json", "param", "Query", "Param", "PostForm", "URL");
  private static final Set<String> SANITIZERS =
      Set.of(
          "basename", "Base", "secure_filename", "escape", "escapeshellarg", "escapeshellcmd",
          "quote", "shlex", "sanitize", "DOMPurify", "encodeURIComponent", "int", "parseInt",
          "Number", "Atoi", "ParseInt", "intval", "htmlspecialchars", "htmlentities", "xss",
          "escapeHtml", "escape_string", "real_escape_string", "mysqli_real_escape_string", "Clean");

  boolean has(int bit) {
    return (bits & bit) != 0;
  }

  /** Built around a value that is not a constant, and not sanitised. */
  boolean built() {
    return has(BUILT) && !has(SANITIZED);
  }

  /** Anything but a literal or a constant, and not sanitised. */
  boolean dynamic() {
    return has(DYNAMIC) && !has(SANITIZED);
  }

  /** Classifies {@code [from, to)}, resolving a lone variable to its last assignment. */
  static TokenExpr of(Tokens t, int from, int to) {
    TokenExpr direct = scan(t, from, to, true);
    int name = loneName(t, from, to);
    if (name >= 0) {
      int assigned = lastAssignment(t, name, from);
      if (assigned >= 0) {
        int end = t.expressionEnd(assigned + 1);
        TokenExpr rhs = scan(t, assigned + 1, end, true);
        boolean append = t.text(assigned).equals("+=") || t.text(assigned).equals(".=");
        int bits = rhs.bits | (append && rhs.has(DYNAMIC) ? BUILT : 0);
        return new TokenExpr(bits, t.join(from, to) + " = " + rhs.text);
      }
    }
    return direct;
  }

  private static int loneName(Tokens t, int from, int to) {
    if (to - from == 1 && t.isIdentifier(from)) {
      return from;
    }
    if (to - from == 3 && t.is(from + 1, ".") && (t.is(from, "self") || t.is(from, "this"))) {
      return from + 2;
    }
    return -1;
  }

  /** The position of the {@code =}/{@code :=}/{@code +=} of the last assignment to the name. */
  private static int lastAssignment(Tokens t, int name, int before) {
    String n = t.text(name);
    int limit = Math.max(0, before - 3000);
    for (int p = before - 1; p > limit; p--) {
      String s = t.text(p);
      if (s.equals("def") || s.equals("function") || s.equals("func") || s.equals("fun")) {
        return -1;
      }
      if ((s.equals("=") || s.equals(":=") || s.equals("+=") || s.equals(".="))
          && t.text(p - 1).equals(n) && !t.is(p - 2, ".") || s.equals("=") && t.text(p - 1).equals(n)
              && t.is(p - 2, ".") && (t.is(p - 3, "self") || t.is(p - 3, "this"))) {
        return p;
      }
    }
    return -1;
  }

  /**
   * Classifies {@code [from, to)}; with {@code resolve}, a plain variable inside it whose last
   * assignment in the function is a constant counts as a constant.
   */
  private static TokenExpr scan(Tokens t, int from, int to, boolean resolve) {
    int bits = 0;
    boolean string = false;
    boolean joins = false;
    boolean other = false;
    StringBuilder literals = new StringBuilder();
    for (int p = from; p < to; p++) {
      TokenKind k = t.kind(p);
      String s = t.text(p);
      if (k == TokenKind.STRING || k == TokenKind.TEMPLATE) {
        string = true;
        literals.append(s).append(' ');
        if (interpolates(t, p)) {
          joins = true;
          other = true;
        }
      } else if (k == TokenKind.NUMBER || k == TokenKind.KEYWORD && isValueKeyword(s)) {
        continue;
      } else if (k == TokenKind.IDENTIFIER) {
        if (isSanitizer(s) && t.is(p + 1, "(") && t.match(p + 1) > p && t.match(p + 1) < to) {
          p = t.match(p + 1); // an escaped or reduced value is clean, whatever went in
          continue;
        }
        if (isRequest(t, p)) {
          bits |= REQUEST;
          other = true;
        }
        boolean format = s.equals("format") || s.equals("Sprintf") || s.equals("sprintf") || s.equals("formatted")
            || s.equals("Format") || s.equals("join") || s.equals("concat");
        joins |= format && t.is(p + 1, "(");
        boolean receiverOfCall = t.is(p + 1, ".") && t.is(p + 3, "(");
        boolean constant = JavaFields.looksConstant(s) && !s.startsWith("$") || t.is(p - 1, ".")
            || t.is(p + 1, ".") && (Character.isUpperCase(s.charAt(0)) || receiverOfCall) || format;
        if (!constant && resolve && !t.is(p + 1, "(") && !t.is(p + 1, ".") && assignedConstant(t, p)) {
          constant = true;
        }
        other |= !constant;
      } else if (k == TokenKind.OPERATOR || k == TokenKind.PUNCT) {
        joins |= s.equals("+") || s.equals("%") || s.equals(".") && t.language == Language.PHP || s.equals("..");
        other |= s.equals("[") && p > from;
      } else if (k == TokenKind.KEYWORD) {
        boolean callOnThis = t.is(p + 1, ".") && t.is(p + 3, "(");
        other |= (s.equals("this") || s.equals("self")) && !callOnThis;
      }
    }
    if (other || bits != 0) {
      bits |= DYNAMIC;
    } else {
      bits |= LITERAL;
    }
    if (string && joins && other) {
      bits |= BUILT;
    }
    if (JavaFlow.SQL_WORDS.matcher(literals).find()) {
      bits |= SQL;
    }
    return new TokenExpr(bits, t.join(from, to));
  }

  private static boolean assignedConstant(Tokens t, int name) {
    int assigned = lastAssignment(t, name, name);
    if (assigned < 0 || !t.text(assigned).equals("=") && !t.text(assigned).equals(":=")) {
      return false;
    }
    return scan(t, assigned + 1, t.expressionEnd(assigned + 1), false).has(LITERAL);
  }

  private static boolean isSanitizer(String s) {
    return SANITIZERS.contains(s) || s.startsWith("escape") || s.startsWith("quote") || s.startsWith("sanitize")
        || s.startsWith("wrap") && s.length() > 4;
  }

  private static boolean isValueKeyword(String s) {
    return s.equals("true") || s.equals("false") || s.equals("null") || s.equals("None")
        || s.equals("True") || s.equals("False") || s.equals("nil") || s.equals("undefined");
  }

  /** A literal with interpolation holes: template parts, f-strings, "$x" in Kotlin and PHP. */
  private static boolean interpolates(Tokens t, int p) {
    String s = t.text(p);
    return switch (t.language) {
      case JAVASCRIPT, TYPESCRIPT -> t.kind(p) == TokenKind.TEMPLATE && (s.endsWith("${") || s.startsWith("}"));
      case PYTHON -> PY_FSTRING.matcher(s).find() && s.indexOf('{') >= 0;
      case KOTLIN -> s.startsWith("\"") && (DOLLAR_VAR.matcher(s).find() || s.endsWith("${")) || s.startsWith("}");
      case PHP -> (s.startsWith("\"") || s.startsWith("<<<")) && DOLLAR_VAR.matcher(s).find();
      case CSHARP -> (s.startsWith("$") || s.startsWith("@$")) && s.indexOf('{') >= 0;
      default -> false;
    };
  }

  private static boolean isRequest(Tokens t, int p) {
    String s = t.text(p);
    if (REQUEST_WORDS.contains(s)) {
      return true;
    }
    return REQUEST_OBJECTS.contains(s) && t.is(p + 1, ".") && REQUEST_FIELDS.contains(t.text(p + 2))
        && !t.is(p - 1, ".");
  }
}
