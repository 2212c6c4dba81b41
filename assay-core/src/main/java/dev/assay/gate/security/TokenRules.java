package dev.assay.gate.security;

import dev.assay.lang.Language;
import dev.assay.lang.TokenKind;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The rules for JavaScript, TypeScript, Python, Go, Kotlin, PHP and C#, over the tokens of the
 * {@code dev.assay.lang} tokenizer, so a sink word inside a string or a comment never matches.
 * Calls are recognised by name (and receiver where the name alone is ambiguous), arguments are
 * judged by {@link TokenExpr}. Stateless; one {@link #run} per file.
 */
final class TokenRules {
  private static final Set<String> SQL_SINKS =
      Set.of(
          "query", "execute", "executemany", "executescript", "raw", "whereRaw", "orderByRaw",
          "havingRaw", "joinRaw", "$queryRawUnsafe", "$executeRawUnsafe", "prepare", "run", "all",
          "exec", "Query", "QueryRow", "QueryContext", "QueryRowContext", "Exec", "ExecContext",
          "Prepare", "Raw", "Where", "mysqli_query", "mysql_query", "pg_query", "sqlsrv_query",
          "executeQuery", "executeUpdate", "createQuery", "createNativeQuery", "rawQuery",
          "execSQL", "text", "SqlCommand", "FromSqlRaw", "ExecuteSqlRaw", "ExecuteSqlCommand",
          "read_sql", "read_sql_query", "sql");
  private static final Set<String> PY_SUBPROCESS =
      Set.of("call", "run", "Popen", "check_output", "check_call", "getoutput", "getstatusoutput");
  private static final Set<String> PHP_SHELL =
      Set.of("system", "exec", "shell_exec", "passthru", "popen", "proc_open", "pcntl_exec");
  private static final Set<String> FILE_SINKS =
      Set.of(
          "readFile", "readFileSync", "createReadStream", "writeFile", "writeFileSync",
          "createWriteStream", "unlink", "unlinkSync", "sendFile", "download", "open", "send_file",
          "Open", "ReadFile", "Create", "OpenFile", "ServeFile", "Remove", "file_get_contents",
          "fopen", "readfile", "file_put_contents", "include", "require", "include_once",
          "require_once", "file", "appendFile", "appendFileSync", "readdir", "rmSync");
  private static final Set<String> WEAK_RANDOM_PY =
      Set.of("random", "randint", "choice", "choices", "randrange", "getrandbits", "sample", "uniform");

  private final Tokens t;
  private final Language lang;
  private final Set<SecurityRule> rules;
  private final List<Hit> out;
  private final String text;

  private TokenRules(Tokens t, String text, Set<SecurityRule> rules, List<Hit> out) {
    this.t = t;
    this.lang = t.language;
    this.text = text;
    this.rules = rules;
    this.out = out;
  }

  static void run(Tokens t, String text, Set<SecurityRule> rules, List<Hit> out) {
    TokenRules r = new TokenRules(t, text, rules, out);
    for (int p = 0; p < t.size; p++) {
      TokenKind k = t.kind(p);
      if (k == TokenKind.IDENTIFIER || k == TokenKind.KEYWORD) {
        r.at(p);
      }
    }
  }

  private void at(int p) {
    String name = t.text(p);
    boolean call = t.is(p + 1, "(");
    if (call) {
      calls(p, name);
    }
    if (on(SecurityRule.TLS_VERIFICATION_DISABLED)) {
      tls(p, name);
    }
    if (on(SecurityRule.DOM_XSS) && isScript()) {
      domXss(p, name);
    }
    if (on(SecurityRule.INSECURE_COOKIE) && lang == Language.GO && name.equals("Cookie")
        && t.is(p - 1, ".") && t.is(p + 1, "{")) {
      goCookie(p);
    }
    if (on(SecurityRule.WEAK_RANDOM)) {
      random(p, name, call);
    }
  }

  private void calls(int p, String name) {
    int open = p + 1;
    List<int[]> args = t.args(open);
    if (on(SecurityRule.UNSAFE_DESERIALIZATION) && lang == Language.CSHARP && name.equals("BinaryFormatter")) {
      hit(SecurityRule.UNSAFE_DESERIALIZATION, p, "BinaryFormatter deserializes any type and cannot be made safe");
    }
    if (args.isEmpty()) {
      return;
    }
    if (on(SecurityRule.SQL_INJECTION) && isSqlSink(p, name)) {
      // The query is the first argument (the second after PHP's connection); later arguments are
      // bind values, options or callbacks.
      int last = lang == Language.PHP ? Math.min(2, args.size()) : 1;
      for (int[] a : args.subList(0, last)) {
        TokenExpr e = TokenExpr.of(t, a[0], a[1]);
        if (e.built() && e.has(TokenExpr.SQL) && !t.is(a[0], "function") && !t.is(a[0], "{")
            && !t.join(a[0], a[1]).contains("=>")) {
          boolean request = e.has(TokenExpr.REQUEST);
          out.add(new Hit(SecurityRule.SQL_INJECTION, t.line(p), t.line(p),
              "SQL `" + e.text() + "` is built from " + (request ? "a request value" : "variables")
                  + " and reaches `" + name + "`", !request));
          break;
        }
      }
    }
    if (on(SecurityRule.COMMAND_INJECTION)) {
      command(p, name, args);
    }
    if (on(SecurityRule.PATH_TRAVERSAL) && FILE_SINKS.contains(name)) {
      for (int[] a : args) {
        TokenExpr e = TokenExpr.of(t, a[0], a[1]);
        if (e.has(TokenExpr.REQUEST) && !e.has(TokenExpr.SANITIZED)) {
          hit(SecurityRule.PATH_TRAVERSAL, p, "the path `" + e.text() + "` comes from the request and reaches `" + name + "`");
          break;
        }
      }
    }
    if (on(SecurityRule.UNSAFE_DESERIALIZATION)) {
      deserialization(p, name, args);
    }
    if (on(SecurityRule.EVAL_INJECTION)) {
      eval(p, name, args);
    }
    if (on(SecurityRule.WEAK_HASH)) {
      weakHash(p, name, args);
    }
    if (on(SecurityRule.WEAK_CIPHER)) {
      weakCipher(p, name, args);
    }
    if (on(SecurityRule.LDAP_INJECTION) && name.startsWith("search") && args.size() >= 2) {
      for (int[] a : args.subList(1, args.size())) {
        TokenExpr e = TokenExpr.of(t, a[0], a[1]);
        if (e.built() && e.text().contains("=") && text.toLowerCase(Locale.ROOT).contains("ldap")) {
          hit(SecurityRule.LDAP_INJECTION, p, "the LDAP filter `" + e.text() + "` is built from variables");
          break;
        }
      }
    }
    if (on(SecurityRule.XPATH_INJECTION)
        && (name.equals("xpath") || name.equals("evaluate") && t.receiver(p).equals("document")
            || name.equals("select") && t.receiver(p).equals("xpath") || name.equals("SelectNodes")
            || name.equals("SelectSingleNode") || name.equals("selectNodes"))) {
      TokenExpr e = TokenExpr.of(t, args.get(0)[0], args.get(0)[1]);
      if (e.built()) {
        hit(SecurityRule.XPATH_INJECTION, p, "the XPath expression `" + e.text() + "` is built from variables");
      }
    }
    if (on(SecurityRule.INSECURE_COOKIE)) {
      cookie(p, name, args);
    }
    if (on(SecurityRule.XXE)) {
      xxe(p, name, args);
    }
  }

  /** A query API by name; generic names need a lower-case receiver, Go's names a Go file. */
  private boolean isSqlSink(int p, String name) {
    if (!SQL_SINKS.contains(name) && !name.startsWith("queryFor")) {
      return false;
    }
    boolean goName = Character.isUpperCase(name.charAt(0)) && !name.equals("SqlCommand") && !name.startsWith("FromSql")
        && !name.startsWith("ExecuteSql");
    if (goName && lang != Language.GO && lang != Language.CSHARP) {
      return false;
    }
    String recv = t.receiver(p);
    boolean generic = Set.of("all", "run", "prepare", "exec", "text", "sql", "query", "execute", "raw").contains(name);
    if (generic && (t.is(p - 1, "new") || !recv.isEmpty() && Character.isUpperCase(recv.charAt(0)))) {
      return false;
    }
    return !t.is(p - 1, "function") && !t.is(p - 1, "def") && !t.is(p - 1, "func");
  }

  private void command(int p, String name, List<int[]> args) {
    TokenExpr first = TokenExpr.of(t, args.get(0)[0], args.get(0)[1]);
    String recv = t.receiver(p);
    boolean hit = false;
    switch (lang) {
      case JAVASCRIPT, TYPESCRIPT -> {
        boolean cp = name.equals("exec") || name.equals("execSync")
            ? (!t.isMember(p) || recv.toLowerCase(Locale.ROOT).matches(".*(child|cp|proc|shell).*"))
                && text.contains("child_process")
            : (name.equals("spawn") || name.equals("spawnSync") || name.equals("execFile"))
                && text.contains("child_process") && argsText(args).contains("shell:true");
        hit = cp && (name.startsWith("exec") ? first.built() || first.has(TokenExpr.REQUEST) : first.dynamic());
      }
      case PYTHON -> {
        if (recv.equals("os") && (name.equals("system") || name.equals("popen"))
            || recv.equals("commands") && name.startsWith("get")) {
          hit = first.dynamic();
        } else if (recv.equals("subprocess") && PY_SUBPROCESS.contains(name)) {
          hit = argsText(args).contains("shell=True") && first.dynamic();
        }
      }
      case GO -> {
        if (recv.equals("exec") && (name.equals("Command") || name.equals("CommandContext"))) {
          int shift = name.equals("Command") ? 0 : 1;
          hit = shellWithDynamic(args, shift) || args.size() > shift
              && TokenExpr.of(t, args.get(shift)[0], args.get(shift)[1]).built();
        }
      }
      case PHP -> hit = PHP_SHELL.contains(name) && !t.isMember(p) && first.dynamic();
      case KOTLIN, CSHARP -> {
        if (name.equals("exec") && recv.equals(")") || name.equals("Start") && recv.equals("Process")) {
          hit = first.built();
        } else if (name.equals("ProcessBuilder")) {
          hit = shellWithDynamic(args, 0);
        }
      }
      default -> hit = false;
    }
    if (hit) {
      hit(SecurityRule.COMMAND_INJECTION, p, "the command `" + first.text() + "` is built from variables and reaches `" + name + "`");
    }
  }

  private boolean shellWithDynamic(List<int[]> args, int shift) {
    if (args.size() < shift + 3) {
      return false;
    }
    String program = unquote(t.text(args.get(shift)[0]));
    if (!Set.of("sh", "bash", "/bin/sh", "/bin/bash", "cmd", "cmd.exe", "powershell", "zsh").contains(program)) {
      return false;
    }
    for (int[] a : args.subList(shift + 1, args.size())) {
      if (TokenExpr.of(t, a[0], a[1]).dynamic()) {
        return true;
      }
    }
    return false;
  }

  private void deserialization(int p, String name, List<int[]> args) {
    String recv = t.receiver(p);
    String why = null;
    if (lang == Language.PYTHON) {
      if ((recv.equals("pickle") || recv.equals("cPickle") || recv.equals("dill") || recv.equals("marshal")
          || recv.equals("jsonpickle")) && (name.equals("loads") || name.equals("load") || name.equals("decode")
          || name.equals("Unpickler"))) {
        why = recv + "." + name + " can build arbitrary objects (and code) from the data";
      } else if (recv.equals("yaml") && (name.equals("load") || name.equals("load_all"))) {
        String a = argsText(args);
        if (args.size() < 2 || !(a.contains("SafeLoader") || a.contains("CSafeLoader") || a.contains("BaseLoader"))) {
          why = "yaml." + name + " without Loader=yaml.SafeLoader builds arbitrary Python objects";
        }
      } else if (recv.equals("yaml") && name.startsWith("unsafe_load")) {
        why = "yaml." + name + " builds arbitrary Python objects";
      }
    } else if (lang == Language.PHP && name.equals("unserialize") && !t.isMember(p)) {
      if (!argsText(args).contains("allowed_classes") && TokenExpr.of(t, args.get(0)[0], args.get(0)[1]).dynamic()) {
        why = "unserialize without ['allowed_classes' => false] instantiates any class (object injection)";
      }
    } else if ((lang == Language.JAVASCRIPT || lang == Language.TYPESCRIPT) && name.equals("unserialize")
        && text.contains("node-serialize")) {
      why = "node-serialize's unserialize runs functions embedded in the data";
    } else if (lang == Language.KOTLIN && name.equals("ObjectInputStream") && !text.contains("ObjectInputFilter")) {
      why = "an ObjectInputStream with no ObjectInputFilter reads objects of any class";
    } else if (lang == Language.CSHARP && name.equals("BinaryFormatter")) {
      why = "BinaryFormatter deserializes any type and cannot be made safe";
    }
    if (why != null) {
      hit(SecurityRule.UNSAFE_DESERIALIZATION, p, why);
    }
  }

  private void eval(int p, String name, List<int[]> args) {
    boolean sink = switch (lang) {
      case JAVASCRIPT, TYPESCRIPT -> name.equals("eval") && (!t.isMember(p) || Set.of("window", "globalThis").contains(t.receiver(p)))
          || name.equals("Function") && t.is(p - 1, "new")
          || (name.equals("setTimeout") || name.equals("setInterval")) && !t.isMember(p) && t.isString(args.get(0)[0])
          || (name.equals("runInNewContext") || name.equals("runInThisContext") || name.equals("runInContext"))
              && t.receiver(p).equals("vm");
      case PYTHON -> (name.equals("eval") || name.equals("exec")) && !t.isMember(p) && !t.is(p - 1, "def");
      case PHP -> (name.equals("eval") || name.equals("assert") || name.equals("create_function")) && !t.isMember(p);
      default -> false;
    };
    if (!sink) {
      return;
    }
    for (int[] a : name.equals("Function") ? args : args.subList(0, 1)) {
      TokenExpr e = TokenExpr.of(t, a[0], a[1]);
      boolean bad = name.equals("assert") || name.startsWith("set") ? e.built() : e.dynamic();
      if (bad) {
        hit(SecurityRule.EVAL_INJECTION, p, "`" + name + "` evaluates `" + e.text() + "`, which is not a constant");
        return;
      }
    }
  }

  private void weakHash(int p, String name, List<int[]> args) {
    String recv = t.receiver(p);
    String what = null;
    String first = args.isEmpty() ? "" : unquote(t.text(args.get(0)[0])).toLowerCase(Locale.ROOT);
    if (name.equals("createHash") && (first.equals("md5") || first.equals("sha1") || first.equals("md4"))) {
      what = "createHash('" + first + "')";
    } else if (recv.equals("hashlib") && (name.equals("md5") || name.equals("sha1"))
        || recv.equals("hashlib") && name.equals("new") && (first.equals("md5") || first.equals("sha1"))) {
      what = "hashlib." + name;
    } else if ((recv.equals("md5") || recv.equals("sha1")) && (name.equals("New") || name.equals("Sum"))) {
      what = recv + "." + name;
    } else if (lang == Language.PHP && (name.equals("md5") || name.equals("sha1")) && !t.isMember(p)) {
      what = name + "()";
    } else if (lang == Language.KOTLIN && recv.equals("MessageDigest") && name.equals("getInstance")
        && (first.equals("md5") || first.equals("sha-1") || first.equals("sha1"))) {
      what = "MessageDigest \"" + first + "\"";
    }
    if (what != null && mentionsNear(p, Words.PASSWORD)) {
      hit(SecurityRule.WEAK_HASH, p, what + " next to a password or secret");
    }
  }

  private void weakCipher(int p, String name, List<int[]> args) {
    String recv = t.receiver(p);
    String algo = null;
    boolean jce = false;
    if ((name.equals("createCipheriv") || name.equals("createCipher") || name.equals("createDecipheriv")
        || name.equals("openssl_encrypt") || name.equals("openssl_decrypt"))) {
      int i = name.startsWith("openssl") ? 1 : 0;
      algo = args.size() > i && t.isString(args.get(i)[0]) ? unquote(t.text(args.get(i)[0])) : null;
    } else if (lang == Language.PYTHON && name.equals("new")
        && Set.of("DES", "DES3", "ARC4", "ARC2", "Blowfish").contains(recv)) {
      algo = recv;
    } else if (lang == Language.PYTHON && name.equals("new") && recv.equals("AES") && argsText(args).contains("MODE_ECB")) {
      algo = "AES-ECB";
    } else if (lang == Language.PYTHON && recv.equals("modes") && name.equals("ECB")) {
      algo = "ECB";
    } else if (lang == Language.PYTHON && recv.equals("algorithms")
        && Set.of("TripleDES", "ARC4", "Blowfish").contains(name)) {
      algo = name;
    } else if (lang == Language.GO && (recv.equals("des") || recv.equals("rc4"))
        && (name.equals("NewCipher") || name.equals("NewTripleDESCipher"))) {
      algo = recv.equals("rc4") ? "RC4" : name.contains("Triple") ? "DESede" : "DES";
    } else if (lang == Language.KOTLIN && recv.equals("Cipher") && name.equals("getInstance") && t.isString(args.get(0)[0])) {
      algo = unquote(t.text(args.get(0)[0]));
      jce = true;
    }
    if (algo != null) {
      String shown = algo;
      WeakCiphers.reason(algo, jce)
          .ifPresent(r -> hit(SecurityRule.WEAK_CIPHER, p, "cipher \"" + shown + "\": " + r));
    }
  }

  private void random(int p, String name, boolean call) {
    String recv = t.receiver(p);
    String what = null;
    if (call && name.equals("random") && recv.equals("Math") && lang != Language.PYTHON) {
      what = "Math.random()";
    } else if (call && lang == Language.PYTHON && recv.equals("random") && WEAK_RANDOM_PY.contains(name)) {
      what = "random." + name + "()";
    } else if (call && lang == Language.GO && recv.equals("rand") && name.startsWith("Int")
        && text.contains("\"math/rand")) {
      what = "math/rand " + name;
    } else if (call && lang == Language.PHP && !t.isMember(p) && (name.equals("rand") || name.equals("mt_rand")
        || name.equals("uniqid") || name.equals("lcg_value"))) {
      what = name + "()";
    } else if (call && (lang == Language.KOTLIN || lang == Language.CSHARP) && name.equals("Random")
        && t.is(p + 2, ")") && !t.isMember(p)) {
      what = "Random()";
    }
    if (what != null && (Words.mentions(lineIdentifiers(p), Words.SECURITY_VALUE)
        || Words.mentions(enclosingFunction(p), Words.SECURITY_VALUE))) {
      hit(SecurityRule.WEAK_RANDOM, p, what + " produces a security value");
    }
  }

  private void tls(int p, String name) {
    String why = null;
    if (name.equals("rejectUnauthorized") && (t.is(p + 1, ":") || t.is(p + 1, "=")) && t.is(p + 2, "false")) {
      why = "rejectUnauthorized: false accepts any certificate";
    } else if (name.equals("NODE_TLS_REJECT_UNAUTHORIZED") && t.is(p + 1, "=") && unquote(t.text(p + 2)).equals("0")) {
      why = "NODE_TLS_REJECT_UNAUTHORIZED=0 turns off verification for the whole process";
    } else if (name.equals("strictSSL") && t.is(p + 1, ":") && t.is(p + 2, "false")) {
      why = "strictSSL: false accepts any certificate";
    } else if (lang == Language.PYTHON && name.equals("verify") && t.is(p + 1, "=") && t.is(p + 2, "False")
        && (t.is(p - 1, ",") || t.is(p - 1, "("))) {
      why = "verify=False accepts any certificate";
    } else if (lang == Language.PYTHON && name.equals("_create_unverified_context") && !t.is(p - 1, "def")) {
      why = "ssl._create_unverified_context() accepts any certificate";
    } else if (lang == Language.PYTHON && name.equals("CERT_NONE") && t.receiver(p).equals("ssl")
        && (t.is(p - 3, "=") || t.is(p - 3, "(") || t.is(p - 3, ","))) {
      why = "ssl.CERT_NONE accepts any certificate";
    } else if (lang == Language.GO && name.equals("InsecureSkipVerify") && (t.is(p + 1, ":") || t.is(p + 1, "="))
        && t.is(p + 2, "true")) {
      why = "InsecureSkipVerify: true accepts any certificate";
    } else if (lang == Language.PHP && (name.equals("CURLOPT_SSL_VERIFYPEER") || name.equals("CURLOPT_SSL_VERIFYHOST"))
        && t.is(p + 1, ",") && (t.is(p + 2, "false") || t.is(p + 2, "0"))) {
      why = name + " off accepts any certificate";
    } else if (lang == Language.KOTLIN && name.equals("checkServerTrusted") && t.is(p - 1, "fun")) {
      int close = t.match(p + 1);
      if (close > 0 && (t.is(close + 1, "{") && t.is(close + 2, "}") || t.is(close + 1, "=") && t.is(close + 2, "Unit"))) {
        why = "checkServerTrusted returns without checking, so every certificate is trusted";
      }
    } else if (lang == Language.KOTLIN && name.equals("HostnameVerifier") && t.is(p + 1, "{")) {
      int close = t.match(p + 1);
      if (close > 0 && t.is(close - 1, "true") && t.is(close - 2, "->")) {
        why = "a HostnameVerifier that returns true accepts any host name";
      }
    } else if (lang == Language.CSHARP && name.contains("Certificate") && name.endsWith("ValidationCallback") && t.is(p + 1, "=")) {
      int end = t.expressionEnd(p + 2);
      if (t.is(end - 1, "true") && t.join(p + 2, end).contains("=>")) {
        why = name + " returns true for any certificate";
      }
    }
    if (why != null) {
      hit(SecurityRule.TLS_VERIFICATION_DISABLED, p, why);
    }
  }

  private void domXss(int p, String name) {
    if ((name.equals("innerHTML") || name.equals("outerHTML")) && t.is(p - 1, ".")
        && (t.is(p + 1, "=") || t.is(p + 1, "+="))) {
      int end = t.expressionEnd(p + 2);
      TokenExpr e = TokenExpr.of(t, p + 2, end);
      if (e.dynamic()) {
        hit(SecurityRule.DOM_XSS, p, name + " is set to `" + e.text() + "`");
      }
    } else if (name.equals("dangerouslySetInnerHTML") && t.is(p + 1, "=") && t.is(p + 2, "{") && t.is(p + 3, "{")
        && t.is(p + 4, "__html") && t.is(p + 5, ":")) {
      int end = t.expressionEnd(p + 6);
      TokenExpr e = TokenExpr.of(t, p + 6, end);
      if (e.dynamic()) {
        hit(SecurityRule.DOM_XSS, p, "dangerouslySetInnerHTML renders `" + e.text() + "`");
      }
    } else if ((name.equals("write") || name.equals("writeln")) && t.receiver(p).equals("document") && t.is(p + 1, "(")
        || name.equals("insertAdjacentHTML") && t.is(p + 1, "(")) {
      List<int[]> args = t.args(p + 1);
      if (args.isEmpty()) {
        return;
      }
      int[] a = args.get(args.size() - 1);
      TokenExpr e = TokenExpr.of(t, a[0], a[1]);
      if (e.dynamic()) {
        hit(SecurityRule.DOM_XSS, p, name + " writes `" + e.text() + "`");
      }
    }
  }

  private void cookie(int p, String name, List<int[]> args) {
    String all = argsText(args).toLowerCase(Locale.ROOT);
    boolean sink = switch (lang) {
      case JAVASCRIPT, TYPESCRIPT -> name.equals("cookie") && t.isMember(p)
          && Set.of("res", "response", "reply", "ctx", "c").contains(t.receiver(p)) && args.size() >= 2;
      case PYTHON -> name.equals("set_cookie") && t.isMember(p) && args.size() >= 2;
      case PHP -> name.equals("setcookie") && !t.isMember(p);
      case KOTLIN -> name.equals("Cookie") && !t.isMember(p) && args.size() == 2 && !text.contains(".isSecure = true");
      default -> false;
    };
    if (!sink) {
      return;
    }
    boolean secure;
    boolean httpOnly;
    if (lang == Language.PHP) {
      secure = args.size() >= 6 && !t.is(args.get(5)[0], "false") || all.contains("'secure'=>true") || all.contains("\"secure\"=>true");
      httpOnly = args.size() >= 7 && !t.is(args.get(6)[0], "false") || all.contains("'httponly'=>true") || all.contains("\"httponly\"=>true");
    } else {
      secure = all.contains("secure:true") || all.contains("secure=true") || all.contains("secure:");
      httpOnly = all.contains("httponly:true") || all.contains("httponly=true") || all.contains("httponly:");
      if (all.contains("secure:false") || all.contains("secure=false")) {
        secure = false;
      }
    }
    List<String> missing = new java.util.ArrayList<>();
    if (!secure) {
      missing.add("Secure");
    }
    if (!httpOnly) {
      missing.add("HttpOnly");
    }
    if (!missing.isEmpty() && !(lang == Language.KOTLIN && text.contains("isSecure") && text.contains("isHttpOnly"))) {
      hit(SecurityRule.INSECURE_COOKIE, p, "the cookie is set without " + String.join(" and ", missing));
    }
  }

  private void goCookie(int p) {
    int close = t.match(p + 1);
    if (close < 0) {
      return;
    }
    String body = t.join(p + 2, close);
    String all = argsText(List.of(new int[] {p + 2, close}));
    List<String> missing = new java.util.ArrayList<>();
    if (!all.contains("Secure:true") && !all.contains("Secure:")) {
      missing.add("Secure");
    }
    if (!all.contains("HttpOnly:true") && !all.contains("HttpOnly:")) {
      missing.add("HttpOnly");
    }
    if (!missing.isEmpty() && !body.isEmpty()) {
      hit(SecurityRule.INSECURE_COOKIE, p, "http.Cookie without " + String.join(" and ", missing));
    }
  }

  private void xxe(int p, String name, List<int[]> args) {
    String all = argsText(args);
    String why = null;
    if (lang == Language.PYTHON && name.equals("XMLParser")
        && (all.contains("resolve_entities=True") || all.contains("load_dtd=True") || all.contains("no_network=False"))) {
      why = "lxml XMLParser with entity resolution or DTD loading turned on";
    } else if (lang == Language.PHP && name.equals("libxml_disable_entity_loader") && all.equals("false")) {
      why = "libxml_disable_entity_loader(false) lets documents load external entities";
    } else if (lang == Language.PHP && all.contains("LIBXML_NOENT")) {
      why = "LIBXML_NOENT substitutes external entities";
    } else if ((lang == Language.JAVASCRIPT || lang == Language.TYPESCRIPT) && name.startsWith("parseXml")
        && all.contains("noent:true")) {
      why = "libxmljs with noent: true substitutes external entities";
    } else if (lang == Language.KOTLIN && name.equals("newInstance")
        && Set.of("DocumentBuilderFactory", "SAXParserFactory", "XMLInputFactory").contains(t.receiver(p))
        && JavaDeclarations.XXE_SAFE_MARKERS.stream().noneMatch(text::contains)) {
      why = t.receiver(p) + " is created and the file never disables DTDs or external entities";
    }
    if (why != null) {
      hit(SecurityRule.XXE, p, why);
    }
  }

  /** The argument tokens concatenated without spaces, for keyword checks like {@code shell=True}. */
  private String argsText(List<int[]> args) {
    StringBuilder b = new StringBuilder();
    for (int[] a : args) {
      for (int q = a[0]; q < a[1] && b.length() < 4000; q++) {
        b.append(t.text(q));
      }
    }
    return b.toString();
  }

  /** Identifiers on the line of {@code p} and the one before, or the enclosing function's name. */
  private boolean mentionsNear(int p, Set<String> words) {
    int line = t.line(p);
    for (int q = p; q >= 0 && t.line(q) >= line - 1; q--) {
      if (t.isIdentifier(q) && Words.mentions(t.text(q), words)) {
        return true;
      }
    }
    for (int q = p; q < t.size && t.line(q) == line; q++) {
      if (t.isIdentifier(q) && Words.mentions(t.text(q), words)) {
        return true;
      }
    }
    return Words.mentions(enclosingFunction(p), words);
  }

  private String lineIdentifiers(int p) {
    int line = t.line(p);
    StringBuilder b = new StringBuilder();
    for (int q = p; q >= 0 && t.line(q) == line; q--) {
      if (t.isIdentifier(q)) {
        b.append(t.text(q)).append(' ');
      }
    }
    return b.toString();
  }

  /**
   * The name of the innermost function whose body holds {@code p} (def/function/func/fun NAME),
   * or empty.
   */
  private String enclosingFunction(int p) {
    for (int q = p; q > 0 && q > p - 5000; q--) {
      String s = t.text(q);
      if ((s.equals("def") || s.equals("function") || s.equals("func") || s.equals("fun"))
          && t.isIdentifier(q + 1) && encloses(q, p)) {
        return t.text(q + 1);
      }
    }
    return "";
  }

  private boolean encloses(int def, int p) {
    if (lang == Language.PYTHON) {
      int col = column(def);
      int line = t.line(def);
      for (int q = def + 1; q <= p; q++) {
        if (t.line(q) != line && t.kind(q) != TokenKind.NEWLINE) {
          line = t.line(q);
          if (column(q) <= col && t.line(q) > t.line(def)) {
            return false;
          }
        }
      }
      return true;
    }
    for (int q = def + 2; q < p && q < def + 200; q++) {
      if (t.is(q, "{")) {
        return t.match(q) > p;
      }
      if (t.is(q, "(")) {
        q = Math.max(q, t.match(q));
      }
    }
    return false;
  }

  private int column(int p) {
    int start = t.start(p);
    int lineStart = text.lastIndexOf('\n', start - 1) + 1;
    return start - lineStart;
  }

  private static String unquote(String s) {
    String v = s;
    while (!v.isEmpty() && "'\"`".indexOf(v.charAt(0)) >= 0) {
      v = v.substring(1);
    }
    while (!v.isEmpty() && "'\"`".indexOf(v.charAt(v.length() - 1)) >= 0) {
      v = v.substring(0, v.length() - 1);
    }
    return v;
  }

  private boolean isScript() {
    return lang == Language.JAVASCRIPT || lang == Language.TYPESCRIPT;
  }

  private boolean on(SecurityRule r) {
    return rules.contains(r);
  }

  private void hit(SecurityRule rule, int p, String detail) {
    out.add(new Hit(rule, t.line(p), t.line(p), detail));
  }
}
