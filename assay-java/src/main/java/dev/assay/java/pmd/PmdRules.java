package dev.assay.java.pmd;

import dev.assay.api.GateContext;
import dev.assay.glob.Glob;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.sourceforge.pmd.lang.rule.Rule;
import net.sourceforge.pmd.lang.rule.RuleSet;
import net.sourceforge.pmd.lang.rule.RuleSetLoader;

/** Loading PMD rule references; a repository ruleset file is read from the repository root. */
final class PmdRules {
  private PmdRules() {}

  /** Every rule the references name, in order. */
  static List<Rule> load(List<String> refs, Path root) {
    List<Rule> out = new ArrayList<>();
    for (RuleSet rs : loadSets(refs, root)) {
      out.addAll(rs.getRules());
    }
    return out;
  }

  static List<RuleSet> loadSets(List<String> refs, Path root) {
    RuleSetLoader loader = new RuleSetLoader().warnDeprecated(false);
    List<RuleSet> out = new ArrayList<>();
    for (String ref : refs) {
      String resolved = ref;
      if (root != null && !builtIn(ref)) {
        Path file = root.resolve(ref).normalize();
        if (!file.startsWith(root) || !Files.isRegularFile(file)) {
          throw new IllegalArgumentException("ruleset file `" + ref + "` is not in the repository");
        }
        resolved = file.toString();
      }
      RuleSet rs = loader.loadFromResource(resolved);
      if (rs.getRules().isEmpty()) {
        // PMD logs an unknown rule name inside a known category and returns an empty set.
        throw new IllegalArgumentException("`" + ref + "` names no rule PMD knows");
      }
      out.add(rs);
    }
    return out;
  }

  /** A rule or ruleset shipped with PMD, as opposed to a ruleset file in the repository. */
  static boolean builtIn(String ref) {
    return ref.startsWith("category/") || ref.startsWith("rulesets/");
  }

  /**
   * The class directories and jars for type resolution: each entry is a directory in the
   * repository (e.g. {@code target/classes}) or a glob of files (e.g. {@code target/lib/*.jar}).
   */
  static List<Path> auxClasspath(GateContext<?> ctx, List<String> entries) {
    List<Path> out = new ArrayList<>();
    List<String> globs = new ArrayList<>();
    for (String e : entries) {
      Path dir = ctx.root().resolve(e).normalize();
      if (dir.startsWith(ctx.root()) && Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
        out.add(dir);
      } else {
        globs.add(e);
      }
    }
    if (!globs.isEmpty()) {
      out.addAll(ctx.findFiles(globs));
    }
    return out;
  }

  static boolean excluded(List<String> globs, String path) {
    return !globs.isEmpty() && Glob.anyMatch(Glob.compileAll(globs), path);
  }

  /** The innermost message of a load failure, which names the missing rule or file. */
  static String reason(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    return m.strip();
  }
}
