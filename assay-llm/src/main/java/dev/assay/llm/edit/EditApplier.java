package dev.assay.llm.edit;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Applies edits to a work tree, all or nothing: every new content is computed in memory first, and
 * files are written only when every edit applies. A SEARCH text must occur exactly once; when it
 * does not, the message says which line of it first differs from the file, so the model can fix
 * its copy. Paths through symbolic links, or listed as protected (the criteria file), are refused.
 */
public final class EditApplier {
  private EditApplier() {}

  /**
   * Applies the edits under {@code root}.
   *
   * @param protectedPaths repository-relative paths that may not be written (criteria files)
   * @return the paths written, in the order given
   * @throws EditException with a "did not apply" sentence per problem; nothing was written
   */
  public static List<String> apply(Path root, List<Edit> edits, Set<String> protectedPaths)
      throws EditException, IOException {
    List<String> problems = new ArrayList<>();
    Map<String, String> contents = new LinkedHashMap<>();
    Path realRoot = root.toRealPath();
    for (Edit e : edits) {
      if (protectedPaths.contains(e.path())) {
        problems.add("Did not apply: " + e.path() + " holds the acceptance criteria and may not be changed by this task.");
        continue;
      }
      Path target = realRoot.resolve(e.path()).normalize();
      if (!target.startsWith(realRoot) || throughLink(realRoot, target)) {
        problems.add("Did not apply: " + e.path() + " resolves through a symbolic link or outside the repository; it was refused.");
        continue;
      }
      if (e instanceof Edit.WholeFile w) {
        contents.put(w.path(), w.content());
      } else if (e instanceof Edit.SearchReplace sr) {
        String current = contents.containsKey(sr.path()) ? contents.get(sr.path()) : read(target);
        if (current == null) {
          problems.add("Did not apply: the EDIT for " + sr.path() + " names a file that does not exist (or is not UTF-8 text); use ### FILE: to create it.");
          continue;
        }
        String updated = replaceAll(sr, current, problems);
        if (updated != null) {
          contents.put(sr.path(), updated);
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new EditException(problems);
    }
    for (Map.Entry<String, String> c : contents.entrySet()) {
      Path target = realRoot.resolve(c.getKey());
      Files.createDirectories(target.getParent());
      Files.writeString(target, c.getValue(), StandardCharsets.UTF_8);
    }
    return List.copyOf(contents.keySet());
  }

  private static boolean throughLink(Path root, Path target) {
    for (Path p = target; p != null && !p.equals(root); p = p.getParent()) {
      if (Files.isSymbolicLink(p)) {
        return true;
      }
    }
    return false;
  }

  private static String read(Path file) throws IOException {
    if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      return null;
    }
    try {
      return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString().replace("\r\n", "\n");
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private static String replaceAll(Edit.SearchReplace sr, String content, List<String> problems) {
    String current = content;
    int n = 0;
    for (Edit.Block b : sr.blocks()) {
      n++;
      int first = lineStart(current, b.search(), 0);
      if (first < 0) {
        problems.add("Did not apply: SEARCH block " + n + " of the EDIT for " + sr.path() + " (answer line " + b.line() + ") does not match the file. " + closest(current, b.search()));
        return null;
      }
      int second = lineStart(current, b.search(), first + 1);
      if (second >= 0) {
        problems.add("Did not apply: SEARCH block " + n + " of the EDIT for " + sr.path() + " matches more than one place (lines " + lineOf(current, first) + " and " + lineOf(current, second) + "); include more surrounding lines so it matches one.");
        return null;
      }
      current = current.substring(0, first) + b.replace() + current.substring(first + b.search().length());
    }
    return current;
  }

  /** The next occurrence that starts a line: a SEARCH text is whole lines, never part of one. */
  private static int lineStart(String text, String search, int from) {
    int i = text.indexOf(search, from);
    while (i > 0 && text.charAt(i - 1) != '\n') {
      i = text.indexOf(search, i + 1);
    }
    return i;
  }

  private static int lineOf(String text, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  /** Where the search text comes closest to the file: the first line that starts matching, and where it stops. */
  static String closest(String file, String search) {
    String[] f = file.split("\n", -1);
    String[] s = search.split("\n", -1);
    int sLen = s.length > 0 && s[s.length - 1].isEmpty() ? s.length - 1 : s.length;
    int bestStart = -1;
    int bestLen = 0;
    for (int i = 0; i < f.length; i++) {
      int k = 0;
      while (k < sLen && i + k < f.length && f[i + k].equals(s[k])) {
        k++;
      }
      if (k > bestLen) {
        bestLen = k;
        bestStart = i;
      }
    }
    if (bestStart < 0) {
      for (int i = 0; i < f.length; i++) {
        if (!s[0].isBlank() && f[i].strip().equals(s[0].strip())) {
          return "Its first line matches line " + (i + 1) + " of the file only if whitespace is ignored: copy the indentation exactly.";
        }
      }
      return "No line of the file equals its first line \"" + clip(s[0]) + "\"; copy the SEARCH lines from the current file.";
    }
    if (bestLen >= sLen) {
      return "Its lines match from line " + (bestStart + 1) + " of the file except at the very end: the file's last line has no newline; leave out the final line or use ### FILE:.";
    }
    int differs = bestStart + bestLen;
    String fileLine = differs < f.length ? "\"" + clip(f[differs]) + "\"" : "the end of the file";
    return "Its first " + bestLen + " line(s) match from line " + (bestStart + 1) + " of the file, but its line " + (bestLen + 1) + " \"" + clip(s[bestLen]) + "\" differs from line " + (differs + 1) + " of the file, which is " + fileLine + ".";
  }

  private static String clip(String s) {
    return s.length() > 120 ? s.substring(0, 120) + "..." : s;
  }
}
