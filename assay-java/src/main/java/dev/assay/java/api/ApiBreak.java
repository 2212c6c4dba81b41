package dev.assay.java.api;

import java.util.Objects;

/**
 * One incompatible change of the API, as japicmp classified it, in words.
 *
 * @param artifact the artifact (jar) it belongs to
 * @param className binary name of the class at the base, e.g. {@code com.acme.Parser$Options}
 * @param kind what kind of element changed
 * @param member the member's signature in source form, e.g. {@code parse(String, int)}, or empty
 *     for a change of the class itself
 * @param memberName the member's simple name ({@code <init>} is reported as the class name), or
 *     empty for a class-level change
 * @param change japicmp's change type, e.g. {@code METHOD_REMOVED}
 * @param binary whether code compiled against the base still links and runs
 * @param source whether code written against the base still compiles
 * @param description what changed and who breaks, one or two sentences
 * @param sourceFile the {@code SourceFile} attribute of the class (e.g. {@code Parser.java}), or
 *     empty
 * @param line first line of the member's code at the head from the class file, or 0
 */
record ApiBreak(
    String artifact,
    String className,
    Kind kind,
    String member,
    String memberName,
    String change,
    boolean binary,
    boolean source,
    String description,
    String sourceFile,
    int line) {

  /** The element a change is about. */
  enum Kind {
    CLASS,
    METHOD,
    CONSTRUCTOR,
    FIELD
  }

  ApiBreak {
    Objects.requireNonNull(artifact, "artifact");
    Objects.requireNonNull(className, "className");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(memberName, "memberName");
    Objects.requireNonNull(change, "change");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(sourceFile, "sourceFile");
  }

  /** The class name as written in source, {@code com.acme.Parser.Options}. */
  String sourceClassName() {
    return className.replace('$', '.');
  }

  /** The class's simple name in source, {@code Options}. */
  String simpleClassName() {
    String s = sourceClassName();
    return s.substring(s.lastIndexOf('.') + 1);
  }

  /** The package, empty for the default package. */
  String packageName() {
    int dot = className.lastIndexOf('.');
    return dot < 0 ? "" : className.substring(0, dot);
  }

  /** {@code Parser.parse(String, int)}, {@code Parser.LIMIT} or {@code Parser} for messages. */
  String element() {
    String outer = sourceClassName().substring(packageName().isEmpty() ? 0 : packageName().length() + 1);
    return member.isEmpty() ? outer : outer + "." + member;
  }

  /** Breaks source but not already compiled callers. */
  boolean sourceOnly() {
    return binary && !source;
  }
}
