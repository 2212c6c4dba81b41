package dev.assay.java.pit;

import dev.assay.api.ChangedLines;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What to mutate and with what: the changed lines of Java sources and the project's compiled
 * classes and classpath.
 *
 * @param workDir the project directory, the working directory of PIT's child JVMs (tests that read
 *     files by relative path expect it)
 * @param sources changed Java source files (absolute paths) and their changed lines
 * @param classDirs directories of compiled production classes
 * @param testClassDirs directories of compiled test classes
 * @param classpath the project's other classpath entries (libraries, test frameworks)
 * @param reportDir where PIT writes {@code mutations.xml}
 * @param mutators PIT mutator groups or names, e.g. {@code DEFAULTS}
 * @param threads PIT minion threads
 * @param timeout PIT's timeout constant: a mutant whose tests run longer than their normal time
 *     times 1.25 plus this is reported as timed out
 * @param jvmArgs extra arguments for PIT's child JVMs (e.g. {@code --add-opens})
 * @param skipFailingTests leave out tests that fail without any mutation instead of failing
 * @param transitiveTests also run tests that reach the changed classes only through other
 *     production classes (slower; by default only tests whose own code names a changed class)
 */
public record PitRequest(
    Path workDir,
    Map<Path, ChangedLines> sources,
    List<Path> classDirs,
    List<Path> testClassDirs,
    List<Path> classpath,
    Path reportDir,
    List<String> mutators,
    int threads,
    Duration timeout,
    List<String> jvmArgs,
    boolean skipFailingTests,
    boolean transitiveTests) {

  public PitRequest {
    Objects.requireNonNull(workDir, "workDir");
    sources = Map.copyOf(sources);
    classDirs = List.copyOf(classDirs);
    testClassDirs = List.copyOf(testClassDirs);
    classpath = List.copyOf(classpath);
    Objects.requireNonNull(reportDir, "reportDir");
    mutators = List.copyOf(mutators);
    Objects.requireNonNull(timeout, "timeout");
    jvmArgs = List.copyOf(jvmArgs);
  }
}
