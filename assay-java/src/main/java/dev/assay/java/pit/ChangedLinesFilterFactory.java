package dev.assay.java.pit;

import org.pitest.mutationtest.build.InterceptorParameters;
import org.pitest.mutationtest.build.MutationInterceptor;
import org.pitest.mutationtest.build.MutationInterceptorFactory;
import org.pitest.plugin.Feature;
import org.pitest.plugin.FeatureParameter;

/**
 * PIT plugin (registered in {@code META-INF/services}) providing the feature {@code ASSAYLINES}:
 * only mutants on the listed lines of the listed source files are kept. Off unless requested, so
 * the plugin on a classpath changes nothing for a plain PIT run.
 *
 * <p>Usage: {@code +ASSAYLINES(lines[org/x/Foo.java:3-5,9] lines[Bar.java:12])}, one {@code lines}
 * value per source file, named by package path and file name as PIT reports them.
 */
public final class ChangedLinesFilterFactory implements MutationInterceptorFactory {
  static final String FEATURE = "ASSAYLINES";
  static final FeatureParameter LINES =
      FeatureParameter.named("lines")
          .withDescription(
              "package path of a source file and its changed lines: org/x/Foo.java:3-5,9");

  @Override
  public String description() {
    return "Assay: mutate changed lines only";
  }

  @Override
  public Feature provides() {
    return Feature.named(FEATURE)
        .withOnByDefault(false)
        .withDescription("Keeps only mutants on the lines a change added or modified")
        .withParameter(LINES);
  }

  @Override
  public MutationInterceptor createInterceptor(InterceptorParameters params) {
    return new ChangedLinesFilter(LineSpec.parse(params.getList(LINES)));
  }
}
