package dev.assay.gate.security;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.stmt.IfStmt;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The Java analyzer: parses a candidate file with JavaParser (only files the {@link Prescreen}
 * let through) and runs the sink checks of {@link JavaSinks} over each method with its own {@link
 * JavaFlow}. Stateless and thread-safe (a parser per call, JavaParser instances are not shared).
 */
final class JavaAnalyzer {
  private JavaAnalyzer() {}

  /** Thrown when the file is not valid Java or too deeply nested to parse. */
  static final class Unparsed extends Exception {
    Unparsed(String reason) {
      super(reason, null, false, false);
    }
  }

  static List<Hit> analyze(String text, Set<SecurityRule> rules) throws Unparsed {
    return analyze(text, rules, new ArrayList<>());
  }

  /** As {@link #analyze(String, Set)}, adding to {@code proofs} the sinks judged safe. */
  static List<Hit> analyze(String text, Set<SecurityRule> rules, List<Proof> proofs) throws Unparsed {
    CompilationUnit cu = parse(MethodElider.elide(text, Prescreen.javaKeeper(rules)));
    List<Hit> hits = new ArrayList<>();
    try {
      JavaUnit unit = new JavaUnit(cu);
      JavaFields fields = new JavaFields(unit);
      for (CallableDeclaration<?> c : unit.callables) {
        JavaSinks sinks = new JavaSinks(c, new JavaFlow(fields, c), fields, rules, hits, proofs);
        walk(c, c, sinks, proofs);
        if (c instanceof MethodDeclaration m) {
          JavaDeclarations.check(m, rules, hits);
        }
      }
      JavaDeclarations.checkFieldsAndInitializers(unit, rules, hits);
    } catch (StackOverflowError e) {
      throw new Unparsed("nested too deeply to analyse");
    }
    return hits;
  }

  private static CompilationUnit parse(String text) throws Unparsed {
    ParserConfiguration cfg =
        new ParserConfiguration()
            .setLanguageLevel(ParserConfiguration.LanguageLevel.RAW)
            .setAttributeComments(false);
    ParseResult<CompilationUnit> r;
    try {
      r = new JavaParser(cfg).parse(text);
    } catch (StackOverflowError e) {
      throw new Unparsed("nested too deeply to parse");
    }
    if (!r.isSuccessful() || r.getResult().isEmpty()) {
      String why = r.getProblems().isEmpty() ? "not valid Java" : r.getProblem(0).getVerboseMessage();
      throw new Unparsed(why.lines().findFirst().orElse("not valid Java"));
    }
    return r.getResult().get();
  }

  /**
   * Visits {@code n}'s subtree in source order, not entering nested methods or classes. The body
   * of an {@code if} whose condition is always false is not visited: its sinks never run, and
   * each of their lines is recorded as a proof.
   */
  private static void walk(Node n, CallableDeclaration<?> owner, JavaSinks sinks, List<Proof> proofs) {
    if (n != owner && n instanceof BodyDeclaration<?>) {
      return;
    }
    if (n instanceof IfStmt s && DeadBranches.alwaysFalse(s.getCondition(), owner)) {
      walk(s.getCondition(), owner, sinks, proofs);
      String why = "it is in a branch that never runs (`if (" + JavaFlow.shorten(s.getCondition().toString()) + ")` is always false)";
      for (Node call : s.getThenStmt().findAll(Node.class, x -> x instanceof MethodCallExpr || x instanceof ObjectCreationExpr)) {
        call.getBegin().ifPresent(p -> proofs.add(Proof.deadBranch(p.line, why)));
      }
      s.getElseStmt().ifPresent(e -> walk(e, owner, sinks, proofs));
      return;
    }
    sinks.visit(n);
    for (Node child : n.getChildNodes()) {
      walk(child, owner, sinks, proofs);
    }
  }
}
