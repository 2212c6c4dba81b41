package dev.assay.glob;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A compiled path glob over repository-relative, forward-slash paths. {@code *} and {@code ?}
 * stay within one path segment, {@code **} matches any number of segments including none, and a
 * glob without a slash matches the file name in any directory (as in .gitignore). Immutable.
 */
public final class Glob {
  private final String text;
  private final Pattern pattern;
  private final String literalSuffix;
  private final String[] literals;

  private Glob(String text, Pattern pattern, String literalSuffix, String[] literals) {
    this.text = text;
    this.pattern = pattern;
    this.literalSuffix = literalSuffix;
    this.literals = literals;
  }

  /** Compiles a glob; a leading {@code ./} or {@code /} is ignored. */
  public static Glob compile(String glob) {
    Objects.requireNonNull(glob, "glob");
    String g = glob.strip();
    if (g.startsWith("./")) {
      g = g.substring(2);
    } else if (g.startsWith("/")) {
      g = g.substring(1);
    }
    if (!g.contains("/")) {
      g = "**/" + g;
    }
    if (g.endsWith("/")) {
      g = g + "**";
    }
    return new Glob(glob, Pattern.compile(toRegex(g)), literalSuffix(g), literals(g));
  }

  /** True if the path matches any of the globs. */
  public static boolean anyMatch(List<Glob> globs, String path) {
    for (Glob g : globs) {
      if (g.matches(path)) {
        return true;
      }
    }
    return false;
  }

  /** Compiles each glob. */
  public static List<Glob> compileAll(List<String> globs) {
    return globs.stream().map(Glob::compile).toList();
  }

  public boolean matches(String path) {
    // Report discovery matches every file of a large tree; the literal tail ("jacoco.xml",
    // ".xml") rejects almost all of them without running the regex.
    return path.endsWith(literalSuffix) && hasLiterals(path) && pattern.matcher(path).matches();
  }

  /**
   * Whether the literal runs of the glob occur in the path in order, which every match needs.
   * Test-path globs such as {@code **}{@code /src/test/**} have no literal tail, and a
   * whole-tree scan asks them of every file from several gates; the regex, which retries its
   * leading {@code (?:[^/]*}{@code /)*} at every segment, was a tenth of such a scan's time.
   */
  private boolean hasLiterals(String path) {
    int from = 0;
    for (String lit : literals) {
      int at = path.indexOf(lit, from);
      if (at < 0) {
        return false;
      }
      from = at + lit.length();
    }
    return true;
  }

  /**
   * The runs of literal characters of a normalised glob, split where {@link #toRegex} puts
   * anything but a quoted character: {@code *}, {@code **}, {@code **}{@code /} (with its slash),
   * {@code ?} and {@code {...}} alternatives ({@code [} too, though it is literal there).
   */
  private static String[] literals(String g) {
    List<String> out = new ArrayList<>();
    StringBuilder run = new StringBuilder();
    int i = 0;
    while (i < g.length()) {
      char c = g.charAt(i);
      int skip = 0;
      if (c == '*' && g.startsWith("**/", i)) {
        skip = 3;
      } else if (c == '*' || c == '?' || c == '[' || c == ']') {
        skip = 1;
      } else if (c == '{' && g.indexOf('}', i) > 0) {
        skip = g.indexOf('}', i) + 1 - i;
      }
      if (skip == 0) {
        run.append(c);
        i++;
      } else {
        if (run.length() > 0) {
          out.add(run.toString());
          run.setLength(0);
        }
        i += skip;
      }
    }
    if (run.length() > 0) {
      out.add(run.toString());
    }
    return out.toArray(String[]::new);
  }

  /** The text after the last wildcard, which every match must end with. */
  private static String literalSuffix(String g) {
    int last = -1;
    for (int i = 0; i < g.length(); i++) {
      char c = g.charAt(i);
      if (c == '*' || c == '?' || c == '[' || c == '{' || c == '}') {
        last = i;
      }
    }
    String tail = g.substring(last + 1);
    // "**/" may match no directory at all, so the slash after it is not required.
    return tail.startsWith("/") ? tail.substring(1) : tail;
  }

  /** The literal directory prefix before the first wildcard, e.g. {@code src/main/} or empty. */
  public String literalPrefix() {
    String g = text.startsWith("./") ? text.substring(2) : text;
    int wild = indexOfWildcard(g);
    String lit = wild < 0 ? g : g.substring(0, wild);
    int slash = lit.lastIndexOf('/');
    return slash < 0 ? "" : lit.substring(0, slash + 1);
  }

  @Override
  public String toString() {
    return text;
  }

  private static int indexOfWildcard(String g) {
    for (int i = 0; i < g.length(); i++) {
      char c = g.charAt(i);
      if (c == '*' || c == '?' || c == '[' || c == '{') {
        return i;
      }
    }
    return -1;
  }

  private static String toRegex(String g) {
    StringBuilder re = new StringBuilder();
    int i = 0;
    while (i < g.length()) {
      char c = g.charAt(i);
      if (c == '*' && g.startsWith("**", i)) {
        boolean slashAfter = i + 2 < g.length() && g.charAt(i + 2) == '/';
        if (slashAfter) {
          re.append("(?:[^/]*/)*");
          i += 3;
        } else {
          re.append(".*");
          i += 2;
        }
      } else if (c == '*') {
        re.append("[^/]*");
        i++;
      } else if (c == '?') {
        re.append("[^/]");
        i++;
      } else if (c == '{') {
        int close = g.indexOf('}', i);
        if (close < 0) {
          re.append("\\{");
          i++;
        } else {
          re.append("(?:");
          String[] alts = g.substring(i + 1, close).split(",", -1);
          for (int a = 0; a < alts.length; a++) {
            re.append(a > 0 ? "|" : "").append(Pattern.quote(alts[a]));
          }
          re.append(')');
          i = close + 1;
        }
      } else {
        re.append(Pattern.quote(String.valueOf(c)));
        i++;
      }
    }
    return re.toString();
  }
}
