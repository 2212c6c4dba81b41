package dev.assay.gate.security;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import java.util.ArrayList;
import java.util.List;

/**
 * The nodes of a compilation unit the rules start from, collected in one pre-order walk (each
 * {@code findAll} is a full walk of the tree, and they added up to a tenth of a scan).
 */
final class JavaUnit {
  final CompilationUnit cu;
  final List<CallableDeclaration<?>> callables = new ArrayList<>();
  final List<FieldDeclaration> fields = new ArrayList<>();
  final List<TypeDeclaration<?>> types = new ArrayList<>();
  final List<LambdaExpr> lambdas = new ArrayList<>();
  /** Object creations and field accesses, for the well-known "trust all" helpers. */
  final List<Node> references = new ArrayList<>();

  JavaUnit(CompilationUnit cu) {
    this.cu = cu;
    cu.walk(Node.TreeTraversal.PREORDER, this::collect);
  }

  private void collect(Node n) {
    if (n instanceof CallableDeclaration<?> c) {
      callables.add(c);
    } else if (n instanceof FieldDeclaration f) {
      fields.add(f);
    } else if (n instanceof TypeDeclaration<?> t) {
      types.add(t);
    } else if (n instanceof LambdaExpr l) {
      lambdas.add(l);
    } else if (n instanceof ObjectCreationExpr || n instanceof FieldAccessExpr) {
      references.add(n);
    }
  }
}
