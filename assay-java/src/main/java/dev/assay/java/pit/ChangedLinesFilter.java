package dev.assay.java.pit;

import java.util.Collection;
import java.util.List;
import org.pitest.bytecode.analysis.ClassTree;
import org.pitest.mutationtest.build.InterceptorType;
import org.pitest.mutationtest.build.MutationInterceptor;
import org.pitest.mutationtest.engine.Mutater;
import org.pitest.mutationtest.engine.MutationDetails;

/** Drops every mutant that is not on a changed line; PIT calls it once per mutated class. */
final class ChangedLinesFilter implements MutationInterceptor {
  private final LineSpec lines;

  ChangedLinesFilter(LineSpec lines) {
    this.lines = lines;
  }

  @Override
  public InterceptorType type() {
    return InterceptorType.FILTER;
  }

  @Override
  public void begin(ClassTree clazz) {
    // stateless: the decision needs only each mutant's own file and line
  }

  @Override
  public Collection<MutationDetails> intercept(Collection<MutationDetails> mutations, Mutater m) {
    return mutations.stream().filter(this::onChangedLine).toList();
  }

  private boolean onChangedLine(MutationDetails d) {
    String internal = d.getClassName().asInternalName();
    int slash = internal.lastIndexOf('/');
    String pkg = slash < 0 ? "" : internal.substring(0, slash);
    return lines.contains(pkg, d.getFilename(), d.getLineNumber());
  }

  @Override
  public void end() {
    // nothing held between classes
  }

  @Override
  public String toString() {
    return "ChangedLinesFilter" + List.of(lines);
  }
}
