package dev.assay.gate.security;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LiteralExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The fields of one compilation unit: which hold constants (final with a literal initializer,
 * primitive, or named in upper case) and the string value of constant string fields, so that
 * {@code "SELECT * FROM " + TABLE} is not an injection and {@code getInstance(ALGORITHM)} is
 * resolved. A name declared twice with different kinds counts as not constant. Immutable.
 */
final class JavaFields {
  private final Set<String> constants = new HashSet<>();
  private final Set<String> variables = new HashSet<>();
  private final Map<String, String> strings = new HashMap<>();
  private final boolean snakeYaml;
  private final Set<String> types = new HashSet<>();

  JavaFields(JavaUnit unit) {
    CompilationUnit cu = unit.cu;
    snakeYaml =
        cu.getImports().stream().anyMatch(i -> i.getNameAsString().startsWith("org.yaml.snakeyaml"));
    unit.types.forEach(t -> types.add(t.getNameAsString()));
    for (FieldDeclaration f : unit.fields) {
      boolean isFinal = f.isFinal() || f.isStatic() && f.isFinal();
      for (VariableDeclarator v : f.getVariables()) {
        String name = v.getNameAsString();
        Optional<Expression> init = v.getInitializer();
        boolean literal = init.isPresent() && isConstantExpression(init.get());
        boolean constant =
            JavaFlow.primitive(v.getType().asString())
                || isFinal && literal
                || looksConstant(name) && (literal || init.isEmpty() || f.isStatic());
        (constant ? constants : variables).add(name);
        if (init.isPresent() && init.get() instanceof StringLiteralExpr s && isFinal) {
          strings.put(name, s.getValue());
        }
      }
    }
    constants.removeAll(variables);
  }

  private static boolean isConstantExpression(Expression e) {
    if (e instanceof LiteralExpr) {
      return true;
    }
    if (e.isBinaryExpr()) {
      return isConstantExpression(e.asBinaryExpr().getLeft())
          && isConstantExpression(e.asBinaryExpr().getRight());
    }
    return e.isNameExpr() && looksConstant(e.asNameExpr().getNameAsString());
  }

  /** UPPER_CASE names are constants by convention (static finals, enum constants). */
  static boolean looksConstant(String name) {
    boolean letter = false;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      letter |= Character.isLetter(c);
    }
    return letter && name.length() > 1;
  }

  /** True when a name that is not a local variable denotes a constant. */
  boolean isConstant(String name) {
    return constants.contains(name) || !variables.contains(name) && looksConstant(name);
  }

  /** The flow of a constant field: clean, keeping the SQL look of its string value. */
  Flow constantFlow(String name) {
    String s = strings.get(name);
    return s != null && JavaFlow.SQL_WORDS.matcher(s).find() ? new Flow(Flow.SQL, "") : Flow.CLEAN;
  }

  /** True when the unit imports SnakeYAML (whose {@code new Yaml()} is unsafe before 2.0). */
  boolean snakeYaml() {
    return snakeYaml;
  }

  /** True when a class, interface, enum or record of this name is declared in the unit. */
  boolean declaresType(String name) {
    return types.contains(name);
  }

  /** The value of a final string field, if it is one. */
  Optional<String> stringValue(String name) {
    return Optional.ofNullable(strings.get(name));
  }
}
