package dev.assay.gate.security;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.ArrayCreationExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.SimpleName;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.stmt.ReturnStmt;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The Java sinks of one method: each method call and object creation met in source order is
 * matched against the rules and judged with the method's {@link JavaFlow}. Not thread-safe.
 */
final class JavaSinks {
  private static final Set<String> SQL_STRONG =
      Set.of(
          "executeQuery", "executeUpdate", "executeLargeUpdate", "addBatch", "prepareStatement",
          "prepareCall", "createQuery", "createNativeQuery", "createSQLQuery",
          "createMutationQuery", "createSelectionQuery", "queryForObject", "queryForList",
          "queryForMap", "queryForRowSet", "queryForStream", "queryForLong", "queryForInt",
          "nativeSQL");
  private static final Set<String> SQL_GENERIC =
      Set.of("execute", "query", "update", "batchUpdate", "executeLargeBatch");
  private static final Set<String> FILE_TYPES =
      Set.of(
          "File", "FileInputStream", "FileOutputStream", "FileReader", "FileWriter",
          "RandomAccessFile", "PrintWriter", "ZipFile", "JarFile");
  private static final Set<String> FILES_METHODS =
      Set.of(
          "newInputStream", "newOutputStream", "readAllBytes", "readAllLines", "readString",
          "lines", "newBufferedReader", "newBufferedWriter", "write", "writeString", "copy",
          "move", "delete", "deleteIfExists", "createFile", "createDirectories", "list", "walk");
  private static final Set<String> XML_FACTORIES =
      Set.of(
          "DocumentBuilderFactory", "SAXParserFactory", "XMLInputFactory", "TransformerFactory",
          "XMLReaderFactory", "SAXTransformerFactory");
  private static final Set<String> SHELLS =
      Set.of("sh", "bash", "zsh", "ksh", "cmd", "cmd.exe", "powershell", "pwsh", "/bin/sh",
          "/bin/bash", "/usr/bin/env");

  private final CallableDeclaration<?> method;
  private final JavaFlow flow;
  private final JavaFields fields;
  private final Set<SecurityRule> rules;
  private final List<Hit> out;
  private final List<Proof> proofs;
  private String methodText;
  private Boolean passwords;

  JavaSinks(
      CallableDeclaration<?> method,
      JavaFlow flow,
      JavaFields fields,
      Set<SecurityRule> rules,
      List<Hit> out,
      List<Proof> proofs) {
    this.method = method;
    this.flow = flow;
    this.fields = fields;
    this.rules = rules;
    this.out = out;
    this.proofs = proofs;
  }

  void visit(Node n) {
    if (n instanceof MethodCallExpr m) {
      call(m);
    } else if (n instanceof ObjectCreationExpr o) {
      creation(o);
    }
    flow.visit(n);
  }

  private void call(MethodCallExpr m) {
    String name = m.getNameAsString();
    NodeList<Expression> args = m.getArguments();
    String scope = m.getScope().map(JavaFlow::scopeName).orElse("");
    if (rules.contains(SecurityRule.SQL_INJECTION) && !args.isEmpty()) {
      sql(m, name, args.get(0));
    }
    if (rules.contains(SecurityRule.COMMAND_INJECTION)) {
      if (name.equals("exec") && scope.toLowerCase(Locale.ROOT).contains("runtime") && !args.isEmpty()) {
        command(m, args);
      } else if (name.equals("command") && isLocalOfType(m, "ProcessBuilder")) {
        command(m, args);
      }
    }
    if (rules.contains(SecurityRule.PATH_TRAVERSAL)
        && (scope.equals("Paths") && name.equals("get")
            || scope.equals("Path") && name.equals("of")
            || scope.equals("Files") && FILES_METHODS.contains(name))) {
      if (onlyFileName(m)) {
        proofs.add(Proof.proven(SecurityRule.PATH_TRAVERSAL, lineOf(m),
            "only the file name of that path is used (`getFileName()`), so `../` cannot escape"));
      } else {
        path(m, args);
      }
    }
    if (rules.contains(SecurityRule.LDAP_INJECTION) && name.equals("search") && args.size() >= 2) {
      injection(SecurityRule.LDAP_INJECTION, m, args.get(1), "LDAP filter");
    }
    if (rules.contains(SecurityRule.XPATH_INJECTION)
        && (name.equals("compile") || name.equals("evaluate"))
        && !args.isEmpty()
        && (scope.toLowerCase(Locale.ROOT).contains("xpath") || isLocalOfType(m, "XPath"))) {
      injection(SecurityRule.XPATH_INJECTION, m, args.get(0), "XPath expression");
    }
    if (rules.contains(SecurityRule.EVAL_INJECTION)
        && name.equals("eval")
        && !args.isEmpty()
        && (scope.toLowerCase(Locale.ROOT).contains("engine") || isLocalOfType(m, "ScriptEngine"))) {
      injection(SecurityRule.EVAL_INJECTION, m, args.get(0), "script");
    }
    if (rules.contains(SecurityRule.XXE) && XML_FACTORIES.contains(scope)
        && (name.startsWith("new") || name.equals("createXMLReader"))) {
      xxe(m, scope);
    }
    if (name.equals("getInstance") && !args.isEmpty()) {
      crypto(m, scope, args.get(0));
    }
    if (rules.contains(SecurityRule.WEAK_HASH) && isWeakDigestHelper(scope, name)) {
      weakHash(m, scope + "." + name);
    }
    if (rules.contains(SecurityRule.WEAK_RANDOM) && scope.equals("Math") && name.equals("random")) {
      random(m, "Math.random()");
    }
    if (rules.contains(SecurityRule.UNSAFE_DESERIALIZATION)
        && (name.equals("enableDefaultTyping") || name.equals("activateDefaultTyping"))
        && !method.getNameAsString().contains("DefaultTyping")) {
      hit(SecurityRule.UNSAFE_DESERIALIZATION, m,
          "Jackson default typing (`" + name + "`) lets the JSON name the class to instantiate");
    }
    if (rules.contains(SecurityRule.INSECURE_COOKIE) && scope.equals("ResponseCookie") && name.startsWith("from")) {
      springCookie(m);
    }
  }

  private void creation(ObjectCreationExpr o) {
    String type = o.getType().getNameAsString();
    NodeList<Expression> args = o.getArguments();
    if (rules.contains(SecurityRule.COMMAND_INJECTION) && type.equals("ProcessBuilder")) {
      command(o, args);
    }
    if (rules.contains(SecurityRule.PATH_TRAVERSAL) && FILE_TYPES.contains(type)) {
      path(o, args);
    }
    if (rules.contains(SecurityRule.UNSAFE_DESERIALIZATION)) {
      deserialization(o, type);
    }
    if (rules.contains(SecurityRule.XXE) && (type.equals("SAXReader") || type.equals("SAXBuilder"))) {
      xxe(o, type);
    }
    if (rules.contains(SecurityRule.WEAK_RANDOM) && type.equals("Random") && args.isEmpty()) {
      random(o, "new Random()");
    }
    if (rules.contains(SecurityRule.INSECURE_COOKIE) && type.equals("Cookie") && args.size() == 2) {
      servletCookie(o);
    }
  }

  private void sql(MethodCallExpr m, String name, Expression query) {
    boolean strong = SQL_STRONG.contains(name);
    if (!strong && !SQL_GENERIC.contains(name)) {
      return;
    }
    Flow f = flow.of(query);
    if (f.injectable() && (strong || f.has(Flow.SQL))) {
      hit(SecurityRule.SQL_INJECTION, m, describe(query, f, "SQL") + " and reaches `" + name + "`");
    } else if (f.provenClean()) {
      prove(SecurityRule.SQL_INJECTION, m, query, "query");
    } else {
      passThrough(SecurityRule.SQL_INJECTION, m, query, f);
    }
  }

  private void injection(SecurityRule rule, Node at, Expression value, String what) {
    Flow f = flow.of(value);
    if (f.injectable()) {
      hit(rule, at, describe(value, f, what));
    } else if (f.provenClean()) {
      prove(rule, at, value, what);
    } else {
      passThrough(rule, at, value, f);
    }
  }

  /**
   * A sink fed with one of the method's own parameters, unchanged: the method is a wrapper (a
   * query runner, a file helper), and the value is checked where its callers build it.
   */
  private void passThrough(SecurityRule rule, Node at, Expression value, Flow f) {
    if (isPassedThrough(value, f)) {
      proofs.add(Proof.context(rule, lineOf(at), "`" + value + "` is this method's parameter, passed"
          + " through unchanged: a wrapper, whose callers are checked where they build the value"));
    }
  }

  private static boolean isPassedThrough(Expression value, Flow f) {
    return value instanceof NameExpr n && !f.fromRequest() && !f.has(Flow.BUILT)
        && f.origin().equals("parameter `" + n.getNameAsString() + "`");
  }

  /** Records that the value reaching a sink holds no outside data at this point. */
  private void prove(SecurityRule rule, Node at, Expression value, String what) {
    String how = value.isLiteralExpr() || value.isTextBlockLiteralExpr()
        ? "is a constant"
        : "holds no outside data here (constants, sanitised or overwritten values only)";
    proofs.add(Proof.proven(rule, lineOf(at), "the " + what + " `" + JavaFlow.shorten(value.toString()) + "` " + how));
  }

  private static int lineOf(Node at) {
    return at.getBegin().map(p -> p.line).orElse(1);
  }

  private static String describe(Expression value, Flow f, String what) {
    String how = f.has(Flow.BUILT) ? "is built from " : "is ";
    return "the " + what + " `" + JavaFlow.shorten(value.toString()) + "` " + how + f.origin();
  }

  /** exec(String), exec(String[]), new ProcessBuilder(...), pb.command(...). */
  private void command(Node at, NodeList<Expression> args) {
    List<Expression> parts = new ArrayList<>();
    if (args.size() == 1 && args.get(0) instanceof ArrayCreationExpr a && a.getInitializer().isPresent()) {
      parts.addAll(a.getInitializer().get().getValues());
    } else if (args.size() == 1 && args.get(0) instanceof MethodCallExpr list
        && (list.getNameAsString().equals("asList") || list.getNameAsString().equals("of"))) {
      parts.addAll(list.getArguments());
    } else {
      parts.addAll(args);
    }
    if (parts.isEmpty()) {
      return;
    }
    if (parts.size() == 1) {
      Flow f = flow.of(parts.get(0));
      if (f.injectable()) {
        hit(SecurityRule.COMMAND_INJECTION, at, describe(parts.get(0), f, "command"));
      } else if (f.provenClean()) {
        prove(SecurityRule.COMMAND_INJECTION, at, parts.get(0), "command");
      } else {
        passThrough(SecurityRule.COMMAND_INJECTION, at, parts.get(0), f);
      }
      return;
    }
    if (parts.stream().allMatch(p -> flow.of(p).provenClean())) {
      proofs.add(Proof.proven(SecurityRule.COMMAND_INJECTION, lineOf(at),
          "every part of the command holds no outside data here"));
      return;
    }
    String program = literal(parts.get(0)).orElse("").toLowerCase(Locale.ROOT);
    Flow first = flow.of(parts.get(0));
    if (first.fromRequest()) {
      hit(SecurityRule.COMMAND_INJECTION, at, "the program to run is " + first.origin());
      return;
    }
    if (SHELLS.contains(program)) {
      for (Expression p : parts.subList(1, parts.size())) {
        Flow f = flow.of(p);
        if (f.tainted()) {
          hit(SecurityRule.COMMAND_INJECTION, at,
              "a shell (`" + program + "`) runs a command built from " + f.origin());
          return;
        }
      }
    } else if (!program.isEmpty()) {
      proofs.add(Proof.proven(SecurityRule.COMMAND_INJECTION, lineOf(at),
          "the program `" + program + "` is a constant and no shell parses its arguments"));
    }
  }

  /** {@code Paths.get(x).getFileName()}: the path is built only to take its last element. */
  private static boolean onlyFileName(MethodCallExpr m) {
    return m.getParentNode().orElse(null) instanceof MethodCallExpr p
        && p.getNameAsString().equals("getFileName")
        && p.getScope().orElse(null) == m;
  }

  private void path(Node at, NodeList<Expression> args) {
    boolean tainted = false;
    for (Expression a : args) {
      Flow f = flow.of(a);
      if (f.fromRequest()) {
        hit(SecurityRule.PATH_TRAVERSAL, at, "the path `" + JavaFlow.shorten(a.toString()) + "` comes from " + f.origin());
        return;
      }
      tainted |= !f.provenClean();
    }
    if (!tainted && !args.isEmpty()) {
      proofs.add(Proof.proven(SecurityRule.PATH_TRAVERSAL, lineOf(at),
          "the path holds no outside data here (constants, file names only, or sanitised)"));
    } else if (!args.isEmpty() && args.stream().allMatch(a -> flow.of(a).provenClean()
        || isPassedThrough(a, flow.of(a)))) {
      proofs.add(Proof.context(SecurityRule.PATH_TRAVERSAL, lineOf(at), "the path is this method's"
          + " parameter, passed through unchanged: a wrapper, whose callers are checked where they"
          + " build the value"));
    }
  }

  private void deserialization(ObjectCreationExpr o, String type) {
    if (type.equals("ObjectInputStream") && o.getAnonymousClassBody().isEmpty()
        && !readsOwnStream(o)
        && !methodText().contains("ObjectInputFilter") && !methodText().contains("setObjectInputFilter")) {
      hit(SecurityRule.UNSAFE_DESERIALIZATION, o,
          "an ObjectInputStream with no ObjectInputFilter or resolveClass check reads objects of any class");
    } else if (type.equals("ObjectInputStream")) {
      String why = "the stream is restricted (an ObjectInputFilter, a resolveClass override or a"
          + " stream of this class's own making)";
      proofs.add(Proof.proven(SecurityRule.UNSAFE_DESERIALIZATION, lineOf(o), why));
      for (MethodCallExpr read : method.findAll(MethodCallExpr.class,
          c -> c.getNameAsString().equals("readObject") || c.getNameAsString().equals("readUnshared"))) {
        proofs.add(Proof.proven(SecurityRule.UNSAFE_DESERIALIZATION, lineOf(read), why));
      }
    } else if (type.equals("XMLDecoder")) {
      hit(SecurityRule.UNSAFE_DESERIALIZATION, o, "XMLDecoder runs the method calls the XML names");
    } else if (type.equals("Yaml") && o.getArguments().isEmpty() && fields.snakeYaml()) {
      hit(SecurityRule.UNSAFE_DESERIALIZATION, o,
          "`new Yaml()` without a SafeConstructor builds any class a YAML tag names");
    }
  }

  /** {@code new ObjectInputStream(new MockStream(...))} with the stream class declared here. */
  private boolean readsOwnStream(ObjectCreationExpr o) {
    return o.getArguments().size() == 1 && o.getArgument(0) instanceof ObjectCreationExpr inner
        && fields.declaresType(inner.getType().getNameAsString());
  }

  private void xxe(Node at, String factory) {
    Node scope = at.findAncestor(com.github.javaparser.ast.body.TypeDeclaration.class).map(Node.class::cast).orElse(method);
    String text = scope.toString();
    for (String marker : JavaDeclarations.XXE_SAFE_MARKERS) {
      if (text.contains(marker)) {
        return;
      }
    }
    hit(SecurityRule.XXE, at, "`" + factory + "` is created and its class never disables DTDs or external entities");
  }

  private void crypto(MethodCallExpr m, String scope, Expression arg) {
    Optional<String> algo = literal(arg);
    if (algo.isEmpty()) {
      return;
    }
    String a = algo.get().toUpperCase(Locale.ROOT).strip();
    if (rules.contains(SecurityRule.WEAK_HASH) && scope.equals("MessageDigest")
        && (a.equals("MD5") || a.equals("MD2") || a.equals("MD4") || a.equals("SHA-1") || a.equals("SHA1") || a.equals("SHA"))) {
      weakHash(m, "MessageDigest \"" + algo.get() + "\"");
    }
    if (rules.contains(SecurityRule.WEAK_CIPHER)
        && (scope.equals("Cipher") || scope.equals("KeyGenerator") || scope.equals("SecretKeyFactory"))) {
      WeakCiphers.reason(a, scope.equals("Cipher"))
          .ifPresent(r -> hit(SecurityRule.WEAK_CIPHER, m, scope + " \"" + algo.get() + "\": " + r));
    }
  }

  private void weakHash(Node at, String what) {
    if (passwordContext()) {
      hit(SecurityRule.WEAK_HASH, at, what + " in `" + method.getNameAsString() + "`, which handles a password or secret");
    } else {
      proofs.add(Proof.context(SecurityRule.WEAK_HASH, lineOf(at),
          what + " in `" + method.getNameAsString() + "`, which handles no password or secret (a checksum or key, not a password hash)"));
    }
  }

  private static boolean isWeakDigestHelper(String scope, String name) {
    return scope.equals("DigestUtils") && (name.startsWith("md5") || name.startsWith("sha1") || name.equals("shaHex"))
        || scope.equals("Hashing") && (name.equals("md5") || name.equals("sha1"));
  }

  private boolean passwordContext() {
    if (passwords == null) {
      passwords = false;
      for (SimpleName n : method.findAll(SimpleName.class)) {
        if (Words.mentions(n.getIdentifier(), Words.PASSWORD)) {
          passwords = true;
          break;
        }
      }
    }
    return passwords;
  }

  private void random(Node at, String what) {
    String target = assignedName(at);
    if (Words.mentions(target, Words.SECURITY_VALUE) || Words.mentions(method.getNameAsString(), Words.SECURITY_VALUE)) {
      hit(SecurityRule.WEAK_RANDOM, at, what + " produces `" + (target.isEmpty() ? method.getNameAsString() : target) + "`");
    } else {
      proofs.add(Proof.context(SecurityRule.WEAK_RANDOM, lineOf(at),
          what + " in `" + method.getNameAsString() + "` produces no token, password, key, salt or nonce"));
    }
  }

  /** The variable or field a value is assigned to, or empty. */
  private static String assignedName(Node at) {
    Node n = at;
    while (n.getParentNode().isPresent() && !(n instanceof CallableDeclaration<?>)) {
      Node p = n.getParentNode().get();
      if (p instanceof VariableDeclarator v) {
        return v.getNameAsString();
      } else if (p instanceof AssignExpr a) {
        return a.getTarget().toString();
      } else if (p instanceof ReturnStmt || p instanceof com.github.javaparser.ast.stmt.Statement) {
        return "";
      }
      n = p;
    }
    return "";
  }

  private void servletCookie(ObjectCreationExpr o) {
    String var = assignedName(o);
    if (var.isEmpty()) {
      return;
    }
    String text = methodText();
    if (text.contains("return " + var + ";")) {
      return; // a factory method: the caller sets the flags
    }
    List<String> missing = new ArrayList<>();
    if (!text.contains(var + ".setSecure(")) {
      missing.add("Secure");
    }
    if (!text.contains(var + ".setHttpOnly(")) {
      missing.add("HttpOnly");
    }
    if (!missing.isEmpty()) {
      hit(SecurityRule.INSECURE_COOKIE, o, "cookie `" + var + "` is added without " + String.join(" and ", missing));
    }
  }

  private void springCookie(MethodCallExpr m) {
    Node top = m;
    while (top.getParentNode().orElse(null) instanceof MethodCallExpr p && p.getScope().orElse(null) == top) {
      top = p;
    }
    String chain = top.toString();
    List<String> missing = new ArrayList<>();
    if (!chain.contains(".secure(")) {
      missing.add("secure(true)");
    }
    if (!chain.contains(".httpOnly(")) {
      missing.add("httpOnly(true)");
    }
    if (!missing.isEmpty()) {
      hit(SecurityRule.INSECURE_COOKIE, m, "ResponseCookie built without " + String.join(" and ", missing));
    }
  }

  private Optional<String> literal(Expression e) {
    if (e instanceof StringLiteralExpr s) {
      return Optional.of(s.getValue());
    }
    if (e instanceof NameExpr n && !flow.isLocal(n.getNameAsString())) {
      return fields.stringValue(n.getNameAsString());
    }
    return Optional.empty();
  }

  private boolean isLocalOfType(MethodCallExpr m, String type) {
    return m.getScope().orElse(null) instanceof NameExpr n && flow.typeOf(n.getNameAsString()).equals(type);
  }

  private String methodText() {
    if (methodText == null) {
      methodText = method.toString();
    }
    return methodText;
  }

  private void hit(SecurityRule rule, Node at, String detail) {
    int line = at.getBegin().map(p -> p.line).orElse(1);
    int end = at.getEnd().map(p -> p.line).orElse(line);
    out.add(new Hit(rule, line, end, detail));
  }
}
