package dev.assay.gate.security;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.ThrowStmt;
import java.util.List;
import java.util.Set;

/**
 * Java rules about declarations rather than calls: trust managers that accept every certificate,
 * host name verifiers that accept every host, the well-known "trust all" helpers, and XML parser
 * factories held in fields.
 */
final class JavaDeclarations {
  /** Text that shows a class hardens its XML parsers against DTDs and external entities. */
  static final List<String> XXE_SAFE_MARKERS =
      List.of(
          "disallow-doctype-decl", "FEATURE_SECURE_PROCESSING", "ACCESS_EXTERNAL_DTD",
          "ACCESS_EXTERNAL_SCHEMA", "SUPPORT_DTD", "external-general-entities",
          "IS_SUPPORTING_EXTERNAL_ENTITIES", "load-external-dtd", "setExpandEntityReferences(false)",
          "secure-processing", "setEntityResolver", "setXMLResolver");
  private static final Set<String> TRUST_ALL_NAMES =
      Set.of(
          "NoopHostnameVerifier", "ALLOW_ALL_HOSTNAME_VERIFIER", "AllowAllHostnameVerifier",
          "InsecureTrustManagerFactory", "TrustAllStrategy");

  private JavaDeclarations() {}

  /** Rules on one method declaration. */
  static void check(MethodDeclaration m, Set<SecurityRule> rules, List<Hit> out) {
    if (!rules.contains(SecurityRule.TLS_VERIFICATION_DISABLED) || m.getBody().isEmpty()) {
      return;
    }
    BlockStmt body = m.getBody().get();
    String name = m.getNameAsString();
    if (name.equals("checkServerTrusted") && body.findAll(ThrowStmt.class).isEmpty()
        && body.findAll(MethodCallExpr.class).isEmpty()) {
      hit(out, m, "`checkServerTrusted` returns without checking, so every certificate is trusted");
    } else if (name.equals("verify") && m.getParameters().size() == 2
        && m.getParameter(1).getTypeAsString().endsWith("SSLSession") && returnsTrue(body)) {
      hit(out, m, "the HostnameVerifier returns true, so any host name is accepted");
    }
  }

  private static boolean returnsTrue(BlockStmt body) {
    List<Statement> s = body.getStatements();
    return s.size() == 1 && s.get(0) instanceof ReturnStmt r
        && r.getExpression().map(e -> e.toString().equals("true")).orElse(false);
  }

  /** Rules on the whole unit: lambdas, well-known insecure helpers, factories in fields. */
  static void checkFieldsAndInitializers(JavaUnit unit, Set<SecurityRule> rules, List<Hit> out) {
    if (rules.contains(SecurityRule.TLS_VERIFICATION_DISABLED)) {
      for (LambdaExpr l : unit.lambdas) {
        if (l.getParameters().size() == 2 && l.getExpressionBody().map(e -> e.toString().equals("true")).orElse(false)
            && mentionsHostnameVerifier(l)) {
          hit(out, l, "a HostnameVerifier lambda returns true, so any host name is accepted");
        }
      }
      for (Node n : unit.references) {
        if (trustAllReference(n)) {
          hit(out, n, "`" + n + "` turns off certificate or host name verification");
        }
      }
    }
    if (rules.contains(SecurityRule.XXE)) {
      for (FieldDeclaration f : unit.fields) {
        for (MethodCallExpr m : f.findAll(MethodCallExpr.class)) {
          String scope = m.getScope().map(Node::toString).orElse("");
          if ((scope.equals("DocumentBuilderFactory") || scope.equals("SAXParserFactory") || scope.equals("XMLInputFactory"))
              && m.getNameAsString().startsWith("new") && !hardened(f)) {
            out.add(new Hit(SecurityRule.XXE, line(m), line(m),
                "`" + scope + "` is created and its class never disables DTDs or external entities"));
          }
        }
      }
    }
  }

  private static boolean hardened(Node n) {
    String text = n.findAncestor(com.github.javaparser.ast.body.TypeDeclaration.class).map(Node::toString).orElse("");
    return XXE_SAFE_MARKERS.stream().anyMatch(text::contains);
  }

  private static boolean trustAllReference(Node n) {
    if (n instanceof ObjectCreationExpr o) {
      return TRUST_ALL_NAMES.contains(o.getType().getNameAsString());
    }
    if (n instanceof FieldAccessExpr f) {
      return f.getNameAsString().equals("ALLOW_ALL_HOSTNAME_VERIFIER")
          || f.getNameAsString().equals("INSTANCE") && f.getScope() instanceof NameExpr s
              && TRUST_ALL_NAMES.contains(s.getNameAsString());
    }
    return false;
  }

  private static boolean mentionsHostnameVerifier(LambdaExpr l) {
    Node p = l.getParentNode().orElse(null);
    for (int i = 0; i < 3 && p != null; i++) {
      String s = p instanceof MethodCallExpr m ? m.getNameAsString()
          : p instanceof com.github.javaparser.ast.body.VariableDeclarator v ? v.getTypeAsString() + " " + v.getNameAsString()
          : "";
      if (s.toLowerCase(java.util.Locale.ROOT).contains("hostnameverifier")) {
        return true;
      }
      p = p.getParentNode().orElse(null);
    }
    return false;
  }

  private static int line(Node n) {
    return n.getBegin().map(p -> p.line).orElse(1);
  }

  private static void hit(List<Hit> out, Node n, String detail) {
    out.add(new Hit(SecurityRule.TLS_VERIFICATION_DISABLED, line(n), n.getEnd().map(p -> p.line).orElse(line(n)), detail));
  }
}
