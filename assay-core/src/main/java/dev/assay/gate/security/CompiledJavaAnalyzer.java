package dev.assay.gate.security;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A bytecode analyzer the security gate runs on the classes compiled from the changed Java
 * sources, found through {@code META-INF/services} (FindSecBugs on SpotBugs, in {@code
 * assay-java}). Implementations must be thread-safe; they may serialise runs internally.
 */
public interface CompiledJavaAnalyzer {

  /** The analyzer and its version, for notes and finding properties, e.g. "FindSecBugs 1.14.0". */
  String name();

  /**
   * Analyses the classes compiled from {@code request.sources()}. Never throws for bad input:
   * a problem that stops the whole run is {@link Result#error()}, one that skips a file or class is
   * a note.
   */
  Result analyze(Request request);

  /**
   * One changed Java source.
   *
   * @param path repository-relative path with forward slashes
   * @param text the file's text at the head (the package is read from it)
   */
  record Source(String path, String text) {
    public Source {
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(text, "text");
    }
  }

  /**
   * What to analyse.
   *
   * @param root the repository root
   * @param sources the changed Java sources
   * @param classDirs directories of compiled production classes (absolute)
   * @param classpath the project's other classes and jars, for type information (absolute)
   */
  record Request(Path root, List<Source> sources, List<Path> classDirs, List<Path> classpath) {
    public Request {
      Objects.requireNonNull(root, "root");
      sources = List.copyOf(sources);
      classDirs = List.copyOf(classDirs);
      classpath = List.copyOf(classpath);
    }
  }

  /**
   * One reported weakness, placed on a source line.
   *
   * @param path the changed source's repository-relative path
   * @param line first line, 1-based
   * @param endLine last line
   * @param type the analyzer's bug type, e.g. {@code SQL_INJECTION_JDBC}
   * @param cwe the CWE from the bug pattern's metadata, e.g. {@code CWE-89}, or empty
   * @param confidence {@code high}, {@code medium} or {@code low} (the analyzer's priority)
   * @param message the analyzer's one-line description of this instance
   */
  record Issue(
      String path, int line, int endLine, String type, String cwe, String confidence, String message) {
    public Issue {
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(cwe, "cwe");
      Objects.requireNonNull(confidence, "confidence");
      Objects.requireNonNull(message, "message");
      endLine = Math.max(line, endLine);
    }
  }

  /**
   * What a run gave.
   *
   * @param issues every issue on a line of a changed source (the caller keeps changed lines)
   * @param notes files or classes not analysed, and why
   * @param error why nothing could be analysed, or empty
   * @param classes how many classes were analysed
   */
  record Result(List<Issue> issues, List<String> notes, Optional<String> error, int classes) {
    public Result {
      issues = List.copyOf(issues);
      notes = List.copyOf(notes);
      Objects.requireNonNull(error, "error");
    }

    public static Result failed(String why) {
      return new Result(List.of(), List.of(), Optional.of(why), 0);
    }
  }
}
