package dev.assay.llm.edit;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads edits from a model's answer in the one format the prompt asks for:
 *
 * <pre>
 * ### FILE: path/to/File.java        ### EDIT: path/to/Other.java
 * ```java                            ```
 * whole new content                  &lt;&lt;&lt;&lt;&lt;&lt;&lt; SEARCH
 * ```                                exact current lines
 *                                    =======
 *                                    new lines
 *                                    &gt;&gt;&gt;&gt;&gt;&gt;&gt; REPLACE
 *                                    ```
 * </pre>
 *
 * Strict: every code block needs a header, every header a code block, every block must close;
 * prose between blocks is ignored. Problems are collected, not stopped at, so the model hears of
 * all of them at once.
 */
public final class EditParser {
  /** The format, as the prompt states it to the model. */
  public static final String FORMAT =
      """
      Answer with edits in exactly this format, and nothing else needs to be code:

      To replace or create a whole file:
      ### FILE: path/relative/to/repository
      ```
      the complete new content of the file
      ```

      To change part of an existing file:
      ### EDIT: path/relative/to/repository
      ```
      <<<<<<< SEARCH
      lines copied exactly from the current file (enough to match one place only)
      =======
      the lines that replace them
      >>>>>>> REPLACE
      ```

      An EDIT block may hold several SEARCH/REPLACE pairs; they are applied in order.
      Every code block must follow a ### FILE: or ### EDIT: line. Paths are relative to the
      repository root and may not leave it.""";

  private static final Pattern HEADER = Pattern.compile("^#{2,4}\\s*(FILE|EDIT):\\s*(.+?)\\s*$");
  private static final Pattern FENCE = Pattern.compile("^(`{3,})[\\w+.#-]*\\s*$");
  private static final String SEARCH = "<<<<<<< SEARCH";
  private static final String DIVIDER = "=======";
  private static final String REPLACE = ">>>>>>> REPLACE";

  private EditParser() {}

  /**
   * Parses an answer.
   *
   * @param maxBytes answers larger than this are refused without being parsed
   * @throws EditException listing every problem found
   */
  public static List<Edit> parse(String answer, long maxBytes) throws EditException {
    long size = answer.getBytes(StandardCharsets.UTF_8).length;
    if (size > maxBytes) {
      throw new EditException(
          List.of(
              "The answer is " + size + " bytes, over the limit of " + maxBytes
                  + "; send only the files that change, and EDIT blocks for large files."));
    }
    List<String> problems = new ArrayList<>();
    List<Edit> edits = new ArrayList<>();
    String[] lines = answer.split("\r?\n", -1);
    String kind = null;
    String path = null;
    int headerLine = 0;
    for (int i = 0; i < lines.length; i++) {
      Matcher h = HEADER.matcher(lines[i]);
      Matcher f = FENCE.matcher(lines[i]);
      if (h.matches()) {
        if (kind != null) {
          problems.add("Line " + headerLine + ": the header for " + path + " is not followed by a code block.");
        }
        kind = h.group(1);
        path = h.group(2).replaceAll("^`|`$", "");
        headerLine = i + 1;
      } else if (f.matches()) {
        int close = closing(lines, i + 1, f.group(1));
        if (close < 0) {
          problems.add("Line " + (i + 1) + ": this code block is never closed (was the answer cut off?).");
          kind = null;
          break;
        }
        String body = String.join("\n", java.util.Arrays.copyOfRange(lines, i + 1, close));
        if (kind == null) {
          problems.add("Line " + (i + 1) + ": this code block has no ### FILE: or ### EDIT: line before it, so it is not clear which file it is for.");
        } else {
          edit(kind, path, body, i + 2, problems).ifPresent(edits::add);
        }
        kind = null;
        i = close;
      } else if (kind != null && !lines[i].isBlank()) {
        problems.add("Line " + headerLine + ": the header for " + path + " is not followed by a code block.");
        kind = null;
      }
    }
    if (kind != null) {
      problems.add("Line " + headerLine + ": the header for " + path + " is not followed by a code block.");
    }
    duplicates(edits, problems);
    if (problems.isEmpty() && edits.isEmpty()) {
      problems.add("The answer contains no edits. " + "Send the change as ### FILE: or ### EDIT: blocks.");
    }
    if (!problems.isEmpty()) {
      throw new EditException(problems);
    }
    return edits;
  }

  private static int closing(String[] lines, int from, String fence) {
    for (int j = from; j < lines.length; j++) {
      if (lines[j].strip().equals(fence)) {
        return j;
      }
    }
    return -1;
  }

  private static java.util.Optional<Edit> edit(
      String kind, String rawPath, String body, int firstLine, List<String> problems) {
    java.util.Optional<String> path = RepoPaths.check(rawPath, problems);
    if (path.isEmpty()) {
      return java.util.Optional.empty();
    }
    if (kind.equals("FILE")) {
      return java.util.Optional.of(new Edit.WholeFile(path.get(), body.isEmpty() ? "" : body + "\n"));
    }
    List<Edit.Block> blocks = blocks(path.get(), body, firstLine, problems);
    return blocks.isEmpty() ? java.util.Optional.empty()
        : java.util.Optional.of(new Edit.SearchReplace(path.get(), blocks));
  }

  private static List<Edit.Block> blocks(String path, String body, int firstLine, List<String> problems) {
    List<Edit.Block> blocks = new ArrayList<>();
    String[] lines = body.split("\n", -1);
    int i = 0;
    while (i < lines.length) {
      if (lines[i].isBlank()) {
        i++;
        continue;
      }
      int at = firstLine + i;
      if (!lines[i].strip().equals(SEARCH)) {
        problems.add("Line " + at + ": in the EDIT for " + path + ", expected \"" + SEARCH + "\" but found \"" + lines[i].strip() + "\".");
        return List.of();
      }
      int divider = find(lines, i + 1, DIVIDER);
      int end = divider < 0 ? -1 : find(lines, divider + 1, REPLACE);
      if (divider < 0 || end < 0) {
        problems.add("Line " + at + ": the SEARCH block for " + path + " has no " + (divider < 0 ? "\"=======\"" : "\"" + REPLACE + "\"") + " line.");
        return List.of();
      }
      String search = join(lines, i + 1, divider);
      if (search.isBlank()) {
        problems.add("Line " + at + ": the SEARCH part for " + path + " is empty; use ### FILE: to write a whole file.");
        return List.of();
      }
      blocks.add(new Edit.Block(search, join(lines, divider + 1, end), at));
      i = end + 1;
    }
    if (blocks.isEmpty()) {
      problems.add("Line " + firstLine + ": the EDIT for " + path + " has no SEARCH/REPLACE block.");
    }
    return blocks;
  }

  private static int find(String[] lines, int from, String marker) {
    for (int j = from; j < lines.length; j++) {
      if (lines[j].strip().equals(marker)) {
        return j;
      }
    }
    return -1;
  }

  private static String join(String[] lines, int from, int to) {
    StringBuilder s = new StringBuilder();
    for (int j = from; j < to; j++) {
      s.append(lines[j]).append('\n');
    }
    return s.toString();
  }

  private static void duplicates(List<Edit> edits, List<String> problems) {
    Set<String> whole = new HashSet<>();
    for (Edit e : edits) {
      if (e instanceof Edit.WholeFile && !whole.add(e.path())) {
        problems.add(e.path() + " is given as a whole FILE twice; send it once.");
      }
    }
    for (Edit e : edits) {
      if (e instanceof Edit.SearchReplace && whole.contains(e.path())) {
        problems.add(e.path() + " has both a whole FILE and an EDIT; send one or the other.");
      }
    }
  }
}
