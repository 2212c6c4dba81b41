package dev.assay.gate.security;

import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import java.util.List;

/**
 * Conditions that are false on every run: {@code false}, {@code !true}, and a local variable
 * initialised to {@code false} that the method never assigns again (javac keeps such branches in
 * the bytecode, which is why bytecode scanners still report what is inside them).
 */
final class DeadBranches {
  private DeadBranches() {}

  static boolean alwaysFalse(Expression c, CallableDeclaration<?> method) {
    Expression e = c;
    while (e instanceof EnclosedExpr en) {
      e = en.getInner();
    }
    if (e instanceof BooleanLiteralExpr b) {
      return !b.getValue();
    }
    if (e instanceof UnaryExpr u && u.getOperator() == UnaryExpr.Operator.LOGICAL_COMPLEMENT) {
      Expression inner = u.getExpression();
      return inner instanceof BooleanLiteralExpr b && b.getValue();
    }
    if (e instanceof NameExpr n) {
      return falseLocal(n.getNameAsString(), method);
    }
    return false;
  }

  private static boolean falseLocal(String name, CallableDeclaration<?> method) {
    for (Parameter p : method.getParameters()) {
      if (p.getNameAsString().equals(name)) {
        return false;
      }
    }
    List<VariableDeclarator> decls =
        method.findAll(VariableDeclarator.class, v -> v.getNameAsString().equals(name));
    if (decls.size() != 1
        || !(decls.get(0).getInitializer().orElse(null) instanceof BooleanLiteralExpr init)
        || init.getValue()) {
      return false;
    }
    boolean assigned =
        method.findAll(AssignExpr.class).stream()
            .anyMatch(a -> a.getTarget() instanceof NameExpr t && t.getNameAsString().equals(name));
    boolean changed =
        method.findAll(UnaryExpr.class).stream()
            .anyMatch(u -> u.getExpression() instanceof NameExpr t && t.getNameAsString().equals(name)
                && u.getOperator() != UnaryExpr.Operator.LOGICAL_COMPLEMENT);
    return !assigned && !changed;
  }
}
