package dev.assay.api;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * One module of the build that invoked Assay (a Maven reactor project), as the build tool knows it:
 * where its compiled classes are and what its test classpath is. Handed to gates by build plugins so
 * that gates needing classes or a classpath (mutation testing, bytecode analysis) do not have to be
 * told in the criteria file. Paths are absolute.
 *
 * @param name the module's name for messages (for Maven, {@code groupId:artifactId})
 * @param dir the module's base directory
 * @param classes the directory of its compiled production classes (may not exist yet)
 * @param testClasses the directory of its compiled test classes (may not exist yet)
 * @param classpath its test classpath without the two directories above, in build order; empty
 *     when the build did not resolve it
 */
public record BuildModule(
    String name, Path dir, Path classes, Path testClasses, List<Path> classpath) {
  public BuildModule {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(dir, "dir");
    Objects.requireNonNull(classes, "classes");
    Objects.requireNonNull(testClasses, "testClasses");
    classpath = List.copyOf(classpath);
  }
}
