package dev.assay.llm.edit;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Checks that a path a model names stays inside the repository and off its metadata. */
public final class RepoPaths {
  private RepoPaths() {}

  /** The path normalised, or empty with the reason added to {@code problems}. */
  public static Optional<String> check(String raw, List<String> problems) {
    String p = raw.strip().replace('\\', '/');
    while (p.startsWith("./")) {
      p = p.substring(2);
    }
    if (p.isEmpty()) {
      problems.add("A header names no file path.");
      return Optional.empty();
    }
    if (p.startsWith("/") || p.matches("^[A-Za-z]:/.*") || p.startsWith("~")) {
      problems.add("The path " + raw + " is absolute; paths must be relative to the repository root.");
      return Optional.empty();
    }
    for (String seg : p.split("/")) {
      if (seg.equals("..")) {
        problems.add("The path " + raw + " leaves the repository (it has a .. segment); it was refused.");
        return Optional.empty();
      }
      if (seg.isEmpty() || seg.equals(".")) {
        problems.add("The path " + raw + " has an empty or . segment; write it plainly.");
        return Optional.empty();
      }
    }
    if (p.toLowerCase(Locale.ROOT).equals(".git") || p.toLowerCase(Locale.ROOT).startsWith(".git/")) {
      problems.add("The path " + raw + " is inside .git; repository metadata cannot be edited.");
      return Optional.empty();
    }
    if (p.indexOf('\0') >= 0 || p.chars().anyMatch(c -> c < 0x20)) {
      problems.add("The path " + raw.strip() + " contains control characters.");
      return Optional.empty();
    }
    return Optional.of(p);
  }
}
