package dev.assay.gate.observability;

import dev.assay.lang.Language;
import dev.assay.lang.TokenKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds HTTP request handlers with a body the gate can read: Spring ({@code @GetMapping} ...
 * {@code @RequestMapping}), JAX-RS ({@code @GET} ...), Micronaut and NestJS ({@code @Get}), ASP.NET
 * ({@code [HttpGet]}) methods; Express/Fastify/Koa/Hono and Laravel route registrations with an
 * inline function ({@code app.get('/x', (req, res) => {...})}); Flask/FastAPI view functions
 * ({@code @app.route("/")}, {@code @router.get("/")}); Go functions taking an {@code
 * http.ResponseWriter} (or a gin/echo/fiber context). Not thread-safe; one per file.
 */
final class HandlerScanner {
  /**
   * One handler.
   *
   * @param line the line that makes it new: the method's name, the registration call, the
   *     {@code def} or {@code func}
   * @param name the method or function name, or the route when anonymous
   * @param route the path as written, or empty
   * @param headerStart first position of its annotations or registration
   * @param bodyStart first position of its body
   * @param bodyEnd position just past its body
   */
  record Handler(int line, String name, String route, int headerStart, int bodyStart, int bodyEnd) {}

  private static final Set<String> JVM_ANNOTATIONS =
      Set.of(
          "GetMapping", "PostMapping", "PutMapping", "DeleteMapping", "PatchMapping",
          "RequestMapping", "GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS", "Get",
          "Post", "Put", "Delete", "Patch", "HttpGet", "HttpPost", "HttpPut", "HttpDelete",
          "HttpPatch");
  private static final Set<String> ROUTE_METHODS =
      Set.of("get", "post", "put", "delete", "del", "patch", "all", "options", "head", "route",
          "api_route");
  private static final Set<String> STOP_WORDS =
      Set.of("class", "interface", "record", "enum", "object", "struct", "namespace");

  private final Code c;
  private final List<Handler> out = new ArrayList<>();

  HandlerScanner(Code c) {
    this.c = c;
  }

  List<Handler> scan() {
    for (int p = 0; p < c.size; p++) {
      switch (c.lang) {
        case JAVA, KOTLIN, TYPESCRIPT, CSHARP -> {
          if (isAnnotation(p)) {
            annotated(p);
          } else if (c.lang == Language.TYPESCRIPT) {
            registration(p);
          }
        }
        case JAVASCRIPT, PHP -> registration(p);
        case PYTHON -> {
          if (c.is(p, "@")) {
            decorated(p);
          }
        }
        case GO -> {
          if (c.is(p, "func")) {
            goHandler(p);
          }
        }
      }
    }
    return out;
  }

  private boolean isAnnotation(int p) {
    boolean marked = c.lang == Language.CSHARP ? c.is(p - 1, "[") : c.is(p - 1, "@");
    if (!marked || !c.isIdentifier(p) || !JVM_ANNOTATIONS.contains(c.text(p))) {
      return false;
    }
    return c.lang != Language.CSHARP || c.text(p).startsWith("Http");
  }

  /** An annotated method: skip other annotations and modifiers to the name, parameters, body. */
  private void annotated(int at) {
    String route = firstString(at + 1);
    int p = at + 1;
    int limit = Math.min(c.size, at + 200);
    while (p < limit) {
      if (c.isName(p) && STOP_WORDS.contains(c.text(p))) {
        return; // an annotation on a type: its methods are the handlers
      }
      if (c.is(p, ";") || c.is(p, "=") || c.is(p, "{") || c.is(p, "}")) {
        return;
      }
      if (c.is(p, "(") && c.isIdentifier(p - 1) && !c.is(p - 2, "@") && !c.is(p - 2, "[")
          && !c.is(p - 2, ".") && c.partner(p) > p) {
        int body = bodyAfter(c.partner(p) + 1);
        if (body > 0) {
          out.add(new Handler(c.line(p - 1), c.text(p - 1), route, annotationsStart(at - 1), body,
              c.partner(body)));
        }
        return;
      }
      p = c.partner(p) > p ? c.partner(p) + 1 : p + 1;
    }
  }

  /** The first of the annotations written before the one at {@code at} ({@code @Timed} ...). */
  private int annotationsStart(int at) {
    int start = at;
    for (int guard = 0; guard < 32; guard++) {
      int prev = start - 1;
      if (c.is(prev, ")") && c.partner(prev) > 1 && c.isIdentifier(c.partner(prev) - 1)
          && c.is(c.partner(prev) - 2, "@")) {
        start = c.partner(prev) - 2;
      } else if (c.isIdentifier(prev) && c.is(prev - 1, "@")) {
        start = prev - 1;
      } else if (c.is(prev, "]") && c.partner(prev) >= 0) {
        start = c.partner(prev); // C# attributes
      } else {
        break;
      }
    }
    return start;
  }

  /** The body's opening brace after a parameter list, or -1 (abstract, interface, expression). */
  private int bodyAfter(int from) {
    int limit = Math.min(c.size, from + 64);
    for (int p = from; p < limit; p++) {
      if (c.is(p, "{")) {
        return c.partner(p) > p ? p : -1;
      }
      if (c.is(p, ";") || c.is(p, "=") || c.is(p, "=>") || c.is(p, "}")) {
        return -1;
      }
      if ((c.is(p, "(") || c.is(p, "[") || c.is(p, "<")) && c.partner(p) > p) {
        p = c.partner(p);
      }
    }
    return -1;
  }

  /**
   * {@code app.get('/x', handler)}: a route method called with a path literal first and an inline
   * function among the arguments (a named handler is judged where it is declared).
   */
  private void registration(int p) {
    if (!c.isName(p) || !ROUTE_METHODS.contains(c.text(p)) || !c.is(p + 1, "(")) {
      return;
    }
    if (!(c.is(p - 1, ".") || c.is(p - 1, "::") || c.is(p - 1, "->")) || !c.isName(p - 2)) {
      return;
    }
    int open = p + 1;
    int close = c.partner(open);
    if (close < 0 || !c.stringStartsWith(open + 1, '/')) {
      return;
    }
    int fn = lastFunctionArgument(open, close);
    if (fn < 0) {
      return;
    }
    out.add(new Handler(c.line(p), c.text(p).toUpperCase(java.util.Locale.ROOT) + " "
        + routeText(open + 1), routeText(open + 1), p - 2, fn, close));
  }

  /** Start of the last top-level argument that is a function literal, or -1. */
  private int lastFunctionArgument(int open, int close) {
    int found = -1;
    int argStart = open + 1;
    int q = open + 1;
    while (q <= close) {
      if (q == close || c.is(q, ",")) {
        if (argStart < q && isFunction(argStart, q)) {
          found = argStart;
        }
        argStart = q + 1;
        q++;
        continue;
      }
      int m = c.partner(q);
      q = m > q && m < close ? m + 1 : q + 1;
    }
    return found;
  }

  private boolean isFunction(int from, int to) {
    for (int q = from; q < to && q < from + 40; q++) {
      if (c.is(q, "function") || c.is(q, "=>")) {
        return true;
      }
      if (c.partner(q) > q) {
        q = c.partner(q);
      }
    }
    return false;
  }

  private String routeText(int p) {
    String t = c.text(p);
    return t.length() >= 2 ? t.substring(1, t.length() - 1) : t;
  }

  /** The first string literal in an annotation's arguments, or empty. */
  private String firstString(int p) {
    if (!c.is(p, "(") || c.partner(p) < 0) {
      return "";
    }
    for (int q = p + 1; q < c.partner(p); q++) {
      if (c.isString(q)) {
        return routeText(q);
      }
    }
    return "";
  }

  /** Python: {@code @app.route("/x")} or {@code @router.get("/x")}, then a {@code def}. */
  private void decorated(int at) {
    int p = at + 1;
    if (!c.isName(p) || !c.is(p + 1, ".") || !c.isName(p + 2) || !c.is(p + 3, "(")) {
      return;
    }
    if (!ROUTE_METHODS.contains(c.text(p + 2)) || !c.stringStartsWith(p + 4, '/')) {
      return;
    }
    String route = routeText(p + 4);
    int q = c.partner(p + 3);
    int limit = Math.min(c.size, at + 200);
    while (q > 0 && q < limit && !c.is(q, "def")) {
      q = c.partner(q) > q ? c.partner(q) + 1 : q + 1;
    }
    if (q <= 0 || q >= limit || !c.isName(q + 1) || !c.is(q + 2, "(") || c.partner(q + 2) < 0) {
      return;
    }
    int r = c.partner(q + 2) + 1;
    while (r < c.size && !c.is(r, ":") && c.kind(r) != TokenKind.NEWLINE) {
      r++;
    }
    if (r + 2 < c.size && c.kind(r + 1) == TokenKind.NEWLINE && c.kind(r + 2) == TokenKind.INDENT
        && c.partner(r + 2) > 0) {
      out.add(new Handler(c.line(q), c.text(q + 1), route, at, r + 2, c.partner(r + 2)));
    }
  }

  /** Go: a function whose parameters include an http.ResponseWriter or a framework context. */
  private void goHandler(int func) {
    int p = func + 1;
    if (c.is(p, "(") && c.partner(p) > 0 && c.isIdentifier(c.partner(p) + 1)) {
      p = c.partner(p) + 1; // a method's receiver
    }
    String name = c.isIdentifier(p) ? c.text(p) : "(anonymous)";
    if (c.isIdentifier(p)) {
      p++;
    }
    if (!c.is(p, "(") || c.partner(p) < 0) {
      return;
    }
    int close = c.partner(p);
    if (!takesRequest(p + 1, close)) {
      return;
    }
    int body = bodyAfter(close + 1);
    if (body > 0) {
      out.add(new Handler(c.line(func), name, "", func, body, c.partner(body)));
    }
  }

  private boolean takesRequest(int from, int to) {
    for (int q = from; q + 2 < to + 1; q++) {
      if (c.is(q + 1, ".")
          && (c.is(q, "http") && c.is(q + 2, "ResponseWriter")
              || c.is(q, "gin") && c.is(q + 2, "Context")
              || c.is(q, "echo") && c.is(q + 2, "Context")
              || c.is(q, "fiber") && c.is(q + 2, "Ctx"))) {
        return true;
      }
    }
    return false;
  }
}
