package dev.assay.java.api;

import dev.assay.api.ChangeType;
import dev.assay.api.FileChange;
import dev.assay.api.GateContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The head's JVM sources, to place a break on the line that declares the changed element and to
 * list the places elsewhere in the repository that use it. Use sites are found by name (no type
 * resolution), outside the module that declares the element, whose own code compiled at the head.
 */
final class SourceIndex {
  static final List<String> SOURCE_GLOBS =
      List.of("**/*.java", "**/*.kt", "**/*.groovy", "**/*.scala");
  /** Sources read at most, and the largest read, so that a huge repository stays fast. */
  static final int MAX_FILES = 20_000;
  static final int MAX_CHARS = 1_000_000;
  static final int MAX_SITES = 10;

  private final GateContext<?> context;
  private List<String> paths;

  SourceIndex(GateContext<?> context) {
    this.context = context;
  }

  /** The head's sources, listed on first use (a check without breaks never walks the tree). */
  private List<String> paths() {
    if (paths == null) {
      List<String> all = new ArrayList<>();
      for (var p : context.findFiles(SOURCE_GLOBS)) {
        if (all.size() == MAX_FILES) {
          break;
        }
        all.add(context.root().relativize(p).toString().replace('\\', '/'));
      }
      paths = List.copyOf(all);
    }
    return paths;
  }

  /** Where a break is declared: path at head (or at base for a deleted file) and line (0: none). */
  record Place(String path, int line) {}

  Place place(ApiBreak b) {
    String suffix = (b.packageName().isEmpty() ? "" : b.packageName().replace('.', '/') + "/")
        + (b.sourceFile().isEmpty() ? b.simpleClassName() + ".java" : b.sourceFile());
    Optional<String> file = paths().stream().filter(p -> p.equals(suffix) || p.endsWith("/" + suffix))
        .min(Comparator.comparing((String p) -> !p.contains("src/main/")).thenComparing(p -> p));
    if (file.isEmpty()) {
      return context.change().files().stream()
          .filter(f -> f.type() == ChangeType.DELETED)
          .map(FileChange::path)
          .filter(p -> p.equals(suffix) || p.endsWith("/" + suffix))
          .findFirst().map(p -> new Place(p, 0)).orElse(new Place("", 0));
    }
    String text = context.head().read(file.get()).orElse("");
    return new Place(file.get(), declarationLine(text, b));
  }

  private static int declarationLine(String text, ApiBreak b) {
    String[] lines = text.split("\n", -1);
    Pattern type = Pattern.compile("\\b(class|interface|enum|record)\\s+"
        + Pattern.quote(b.simpleClassName()) + "\\b");
    int typeLine = firstMatch(lines, type, 0);
    if (b.kind() == ApiBreak.Kind.CLASS) {
      return typeLine;
    }
    Pattern decl = switch (b.kind()) {
      case FIELD -> Pattern.compile("[\\w>\\]]\\s+" + Pattern.quote(b.memberName()) + "\\s*[=;,]");
      default -> Pattern.compile("(^|[\\s>\\]])" + Pattern.quote(b.memberName()) + "\\s*\\(");
    };
    if (b.line() > 0 && b.line() <= lines.length) {
      for (int i = b.line() - 1; i >= Math.max(0, b.line() - 40); i--) {
        if (decl.matcher(lines[i]).find()) {
          return i + 1;
        }
      }
    }
    for (int i = Math.max(0, typeLine - 1); i < lines.length; i++) {
      Matcher m = decl.matcher(lines[i]);
      if (m.find() && !lines[i].contains("return ") && !lines[i].contains(".")) {
        return i + 1;
      }
    }
    return typeLine;
  }

  private static int firstMatch(String[] lines, Pattern p, int from) {
    for (int i = from; i < lines.length; i++) {
      if (p.matcher(lines[i]).find()) {
        return i + 1;
      }
    }
    return 0;
  }

  /** The uses of one element: up to {@value #MAX_SITES} as {@code path:line}, and how many. */
  record Uses(List<String> sites, int total) {
    Uses {
      sites = List.copyOf(sites);
    }
  }

  /**
   * Lines outside each element's declaring module that use it by name. Every source is read
   * once for all the breaks, so the cost is one pass over the repository per comparison.
   */
  Map<ApiBreak, Uses> useSites(Map<ApiBreak, String> declaringPaths) {
    List<ApiBreak> breaks = new ArrayList<>(declaringPaths.keySet());
    List<Pattern> uses = breaks.stream().map(SourceIndex::usePattern).toList();
    List<Pattern> owners = breaks.stream().map(b -> Pattern.compile(
        "(?<![\\w$])" + Pattern.quote(b.simpleClassName()) + "(?![\\w$])")).toList();
    List<String> modules = breaks.stream().map(declaringPaths::get)
        .map(d -> d.contains("src/") ? d.substring(0, d.indexOf("src/")) : d).toList();
    List<List<String>> sites = new ArrayList<>();
    int[] counts = new int[breaks.size()];
    breaks.forEach(b -> sites.add(new ArrayList<>()));
    for (String p : breaks.isEmpty() ? List.<String>of() : paths()) {
      String text = null;
      String[] lines = null;
      for (int k = 0; k < breaks.size(); k++) {
        ApiBreak b = breaks.get(k);
        String module = modules.get(k);
        if (p.equals(declaringPaths.get(b)) || (!module.isEmpty() && p.startsWith(module))) {
          continue;
        }
        if (text == null) {
          text = context.head().read(p).orElse("");
          if (text.length() > MAX_CHARS) {
            break;
          }
          lines = text.split("\n", -1);
        }
        if (!mentionsOwner(text, b, owners.get(k))) {
          continue;
        }
        for (int i = 0; i < lines.length; i++) {
          String l = lines[i].strip();
          if (l.startsWith("//") || l.startsWith("*") || l.startsWith("/*")
              || (l.startsWith("import ") && b.kind() != ApiBreak.Kind.CLASS)) {
            continue;
          }
          if (uses.get(k).matcher(lines[i]).find()) {
            counts[k]++;
            if (sites.get(k).size() < MAX_SITES) {
              sites.get(k).add(p + ":" + (i + 1));
            }
          }
        }
      }
    }
    Map<ApiBreak, Uses> out = new java.util.IdentityHashMap<>();
    for (int k = 0; k < breaks.size(); k++) {
      out.put(breaks.get(k), new Uses(sites.get(k), counts[k]));
    }
    return out;
  }

  private static boolean mentionsOwner(String text, ApiBreak b, Pattern simple) {
    return simple.matcher(text).find() || text.contains("package " + b.packageName() + ";");
  }

  private static Pattern usePattern(ApiBreak b) {
    String name = Pattern.quote(b.memberName());
    String type = Pattern.quote(b.simpleClassName());
    return switch (b.kind()) {
      case METHOD -> b.change().contains("ADDED") || b.change().equals("METHOD_NOW_ABSTRACT")
          ? implementors(type) : Pattern.compile("(?<![\\w$])" + name + "\\s*\\(");
      case CONSTRUCTOR -> Pattern.compile("new\\s+" + type + "\\s*[(<]|\\bsuper\\s*\\(");
      case FIELD -> Pattern.compile("(?<![\\w$])" + name + "(?![\\w$(])");
      case CLASS -> switch (b.change()) {
        case "CLASS_NOW_FINAL", "CLASS_NOW_NOT_EXTENDABLE" ->
            Pattern.compile("\\bextends\\s+(?:[\\w.]+\\.)?" + type + "\\b");
        case "CLASS_NOW_ABSTRACT" -> Pattern.compile("new\\s+" + type + "\\s*[(<]");
        default -> Pattern.compile("(?<![\\w$])" + type + "(?![\\w$])");
      };
    };
  }

  private static Pattern implementors(String type) {
    return Pattern.compile("\\b(?:implements|extends)\\b[^{;]*\\b" + type + "\\b|new\\s+" + type
        + "\\s*\\(\\s*\\)\\s*\\{");
  }
}
