package dev.assay.gate.security;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.ArrayAccessExpr;
import com.github.javaparser.ast.expr.ArrayCreationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.LiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.type.Type;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Intra-method data flow for Java: walks one method in source order, keeping for each local
 * variable a {@link Flow}. Parameters and fields of unknown origin are outside values, request
 * reads (servlet getters, Spring and JAX-RS parameter annotations) are request values, literals and
 * constants are clean, a variable overwritten with a constant is clean again, and numeric parsing
 * or a primitive type clears taint. Branches are not told apart (a value is tainted if any
 * assignment before the use taints it). One instance per method; not thread-safe.
 */
final class JavaFlow {
  static final Pattern SQL_WORDS =
      Pattern.compile(
          "(?i)(\\bselect\\b.*\\bfrom\\b|\\binsert\\s+into\\b|\\bupdate\\b.*\\bset\\b"
              + "|\\bdelete\\s+from\\b|\\bwhere\\b|\\border\\s+by\\b|\\bfrom\\s+\\w|\\bvalues\\s*\\("
              + "|\\b(create|drop|alter|truncate)\\s+(table|index|view|database|schema)\\b)");

  private static final Set<String> REQUEST_ANNOTATIONS =
      Set.of(
          "RequestParam", "PathVariable", "RequestHeader", "CookieValue", "RequestBody",
          "RequestPart", "ModelAttribute", "QueryParam", "PathParam", "FormParam", "HeaderParam",
          "CookieParam", "MatrixParam", "BeanParam");
  private static final Set<String> REQUEST_GETTERS =
      Set.of(
          "getParameter", "getParameterValues", "getParameterMap", "getHeader", "getHeaders",
          "getQueryString", "getRequestURI", "getRequestURL", "getPathInfo", "getCookies",
          "getOriginalFilename", "getSubmittedFileName", "getQueryParameters", "getPathParameters",
          "getFirst", "queryParam", "pathVariable", "formParam");
  private static final Set<String> SANITIZERS =
      Set.of(
          "parseInt", "parseLong", "parseShort", "parseByte", "parseDouble", "parseFloat",
          "parseBoolean", "length", "size", "hashCode", "indexOf", "lastIndexOf", "compareTo",
          "equals", "equalsIgnoreCase", "isEmpty", "isBlank", "contains", "startsWith", "endsWith",
          "matches", "count", "getName", "getFileName", "getBaseName", "quote", "quoteIdentifier",
          "enquoteLiteral", "enquoteIdentifier", "escapeSql", "filterEncode", "nameEncode",
          "encode", "encodeForSQL", "encodeForLDAP", "encodeForXPath", "escape", "sanitize",
          "ordinal", "getClass", "nextInt", "nextLong");
  private static final Set<String> NUMERIC_CLASSES =
      Set.of(
          "Integer", "Long", "Short", "Byte", "Double", "Float", "Boolean", "UUID", "BigDecimal",
          "BigInteger", "Math", "LocalDate", "LocalDateTime", "Instant", "Duration");
  private static final Set<String> BUILDERS = Set.of("append", "insert", "add", "addAll", "concat");
  private static final Set<String> FORMATTERS = Set.of("format", "formatted", "join", "concat");

  private final JavaFields fields;
  private final Map<String, Flow> locals = new HashMap<>();
  private final Map<String, String> types = new HashMap<>();

  JavaFlow(JavaFields fields, CallableDeclaration<?> method) {
    this.fields = fields;
    for (Parameter p : method.getParameters()) {
      declare(p.getNameAsString(), p.getType(), parameterFlow(p));
    }
  }

  private static Flow parameterFlow(Parameter p) {
    String name = p.getNameAsString();
    boolean request =
        p.getAnnotations().stream().anyMatch(a -> REQUEST_ANNOTATIONS.contains(a.getNameAsString()));
    return request ? Flow.request("request parameter `" + name + "`") : Flow.outside("parameter `" + name + "`");
  }

  /** The declared simple type of a local variable or parameter, or empty. */
  String typeOf(String local) {
    return types.getOrDefault(local, "");
  }

  boolean isLocal(String name) {
    return locals.containsKey(name);
  }

  /** Updates the variables for a node met in source order (declarations, assignments, appends). */
  void visit(Node n) {
    if (n instanceof VariableDeclarator v) {
      Flow init = v.getInitializer().map(this::of).orElse(Flow.CLEAN);
      declare(v.getNameAsString(), v.getType(), init);
    } else if (n instanceof LambdaExpr l) {
      for (Parameter p : l.getParameters()) {
        declare(p.getNameAsString(), p.getType(), Flow.outside("lambda parameter `" + p.getNameAsString() + "`"));
      }
    } else if (n instanceof AssignExpr a && a.getTarget() instanceof NameExpr t && isLocal(t.getNameAsString())) {
      String name = t.getNameAsString();
      Flow value = of(a.getValue());
      if (a.getOperator() == AssignExpr.Operator.ASSIGN) {
        locals.put(name, primitive(types.get(name)) ? Flow.CLEAN : value);
      } else if (a.getOperator() == AssignExpr.Operator.PLUS) {
        locals.put(name, locals.get(name).join(value).built());
      }
    } else if (n instanceof MethodCallExpr m && BUILDERS.contains(m.getNameAsString())) {
      String root = rootLocal(m);
      if (root != null) {
        Flow added = Flow.CLEAN;
        for (Expression arg : m.getArguments()) {
          added = added.join(of(arg));
        }
        Flow was = locals.get(root);
        locals.put(root, m.getNameAsString().startsWith("add") ? was.join(added) : was.join(added).built());
      }
    }
  }

  private void declare(String name, Type type, Flow flow) {
    String simple = type.isUnknownType() || type.isVarType() ? "" : simpleName(type.asString());
    types.put(name, simple);
    locals.put(name, primitive(simple) ? Flow.CLEAN : flow);
  }

  private static String simpleName(String type) {
    String t = type.replaceAll("<.*", "");
    return t.substring(t.lastIndexOf('.') + 1);
  }

  static boolean primitive(String type) {
    if (type == null) {
      return false;
    }
    return switch (type) {
      case "int", "long", "short", "byte", "double", "float", "boolean", "char", "Integer", "Long",
          "Short", "Byte", "Double", "Float", "Boolean", "UUID", "BigDecimal", "BigInteger",
          "LocalDate", "LocalDateTime", "Instant", "Date" -> true;
      default -> false;
    };
  }

  /** The local variable at the root of a call chain such as {@code sb.append(a).append(b)}. */
  private String rootLocal(MethodCallExpr m) {
    Expression scope = m.getScope().orElse(null);
    while (scope instanceof MethodCallExpr inner && BUILDERS.contains(inner.getNameAsString())) {
      scope = inner.getScope().orElse(null);
    }
    return scope instanceof NameExpr n && isLocal(n.getNameAsString()) ? n.getNameAsString() : null;
  }

  /** What is known about the value of {@code e} at this point of the method. */
  Flow of(Expression e) {
    if (e instanceof StringLiteralExpr s) {
      return literal(s.getValue());
    } else if (e instanceof TextBlockLiteralExpr t) {
      return literal(t.getValue());
    } else if (e instanceof LiteralExpr) {
      return Flow.CLEAN;
    } else if (e instanceof NameExpr n) {
      return name(n.getNameAsString());
    } else if (e instanceof FieldAccessExpr f) {
      return fieldAccess(f);
    } else if (e instanceof BinaryExpr b) {
      return b.getOperator() == BinaryExpr.Operator.PLUS
          ? of(b.getLeft()).join(of(b.getRight())).built()
          : Flow.CLEAN;
    } else if (e instanceof ConditionalExpr c) {
      return of(c.getThenExpr()).join(of(c.getElseExpr()));
    } else if (e instanceof EnclosedExpr en) {
      return of(en.getInner());
    } else if (e instanceof CastExpr c) {
      return primitive(simpleName(c.getType().asString())) ? Flow.CLEAN : of(c.getExpression());
    } else if (e instanceof AssignExpr a) {
      return of(a.getValue());
    } else if (e instanceof MethodCallExpr m) {
      return call(m);
    } else if (e instanceof ObjectCreationExpr o) {
      return creation(o);
    } else if (e instanceof ArrayCreationExpr a) {
      return a.getInitializer().map(this::of).orElse(Flow.CLEAN);
    } else if (e instanceof ArrayInitializerExpr a) {
      return all(a.getValues());
    } else if (e instanceof ArrayAccessExpr a) {
      return of(a.getName());
    }
    return Flow.CLEAN;
  }

  private static Flow literal(String value) {
    return SQL_WORDS.matcher(value).find() ? new Flow(Flow.SQL, "") : Flow.CLEAN;
  }

  private Flow all(Iterable<Expression> values) {
    Flow f = Flow.CLEAN;
    for (Expression v : values) {
      f = f.join(of(v));
    }
    return f;
  }

  private Flow name(String name) {
    Flow local = locals.get(name);
    if (local != null) {
      return local;
    }
    return fields.isConstant(name) ? fields.constantFlow(name) : Flow.outside("field `" + name + "`");
  }

  private Flow fieldAccess(FieldAccessExpr f) {
    String name = f.getNameAsString();
    if (f.getScope() instanceof ThisExpr) {
      return fields.isConstant(name) ? fields.constantFlow(name) : Flow.outside("field `" + name + "`");
    }
    if (JavaFields.looksConstant(name) || name.equals("length")) {
      return Flow.CLEAN;
    }
    return of(f.getScope());
  }

  private Flow call(MethodCallExpr m) {
    String name = m.getNameAsString();
    String scope = m.getScope().map(JavaFlow::scopeName).orElse("");
    if (NAME_ONLY.contains(name) && !nameOfAPath(m)) {
      // `locator.getFileName()` may return a whole path: clean for reporting (calls are not
      // followed), but no proof that `../` is gone.
      return new Flow(Flow.UNKNOWN, "");
    }
    if (SANITIZERS.contains(name) || NUMERIC_CLASSES.contains(scope) && !name.equals("toString")) {
      return Flow.CLEAN;
    }
    if (REQUEST_GETTERS.contains(name)) {
      return Flow.request("request value `" + shorten(m.toString()) + "`");
    }
    Flow args = all(m.getArguments());
    if (name.equals("valueOf") || name.equals("toString") && m.getScope().isEmpty()) {
      return args;
    }
    if (scope.equals("String") || scope.equals("MessageFormat") || FORMATTERS.contains(name)) {
      Flow base = m.getScope().filter(s -> !scope.equals("String")).map(this::of).orElse(Flow.CLEAN);
      return base.join(args).built();
    }
    if (m.getScope().isEmpty() || !scope.isEmpty() && Character.isUpperCase(scope.charAt(0))) {
      // A static or own helper: its result carries what went into it (toString, valueOf, join).
      if (args.has(Flow.REQUEST) || name.contains("String") || name.startsWith("valueOf")) {
        return args;
      }
      return args.tainted() || args.has(Flow.UNKNOWN) ? new Flow(Flow.UNKNOWN, "") : Flow.CLEAN;
    }
    Flow receiver = of(m.getScope().get());
    if (!receiver.tainted() && (args.tainted() || args.has(Flow.UNKNOWN))) {
      return receiver.join(new Flow(Flow.UNKNOWN, ""));
    }
    return receiver;
  }

  private static final Set<String> NAME_ONLY = Set.of("getName", "getFileName", "getBaseName");

  /**
   * A name-only reduction of something known to be a path: {@code Paths.get(x).getFileName()},
   * {@code new File(x).getName()}, a {@code Path}/{@code File} local, or {@code
   * FilenameUtils.getName(x)}.
   */
  private boolean nameOfAPath(MethodCallExpr m) {
    Expression scope = m.getScope().orElse(null);
    if (scope instanceof NameExpr n) {
      String t = types.getOrDefault(n.getNameAsString(), "");
      return t.equals("Path") || t.equals("File") || n.getNameAsString().equals("FilenameUtils");
    }
    if (scope instanceof MethodCallExpr c) {
      String s = scopeName(c);
      return s.equals("Paths.get()") || s.equals("Path.of()") || c.getNameAsString().equals("toPath");
    }
    return scope instanceof ObjectCreationExpr o && o.getType().getNameAsString().equals("File");
  }

  private Flow creation(ObjectCreationExpr o) {
    String type = o.getType().getNameAsString();
    if (type.equals("StringBuilder") || type.equals("StringBuffer") || type.equals("String")) {
      return all(o.getArguments());
    }
    return Flow.CLEAN;
  }

  /**
   * The dotted name of a call's receiver ({@code Runtime.getRuntime()}, {@code this.xpath},
   * {@code Paths}), built without pretty-printing the tree; {@code ?} for other expressions.
   */
  static String scopeName(Expression e) {
    if (e instanceof NameExpr n) {
      return n.getNameAsString();
    } else if (e instanceof FieldAccessExpr f) {
      return scopeName(f.getScope()) + "." + f.getNameAsString();
    } else if (e instanceof MethodCallExpr m) {
      return m.getScope().map(s -> scopeName(s) + ".").orElse("") + m.getNameAsString() + "()";
    } else if (e instanceof ThisExpr) {
      return "this";
    }
    return "?";
  }

  static String shorten(String code) {
    String one = code.replaceAll("\\s+", " ");
    return one.length() > 60 ? one.substring(0, 57) + "..." : one;
  }
}
