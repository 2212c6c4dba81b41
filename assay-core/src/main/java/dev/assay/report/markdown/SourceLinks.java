package dev.assay.report.markdown;

import dev.assay.report.internal.RelativeUri;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a finding's {@code path:line} links to in the Markdown report. A PR comment is rendered
 * relative to the pull request's page, so a relative link to {@code src/A.java} leads nowhere; on a
 * code host the link needs the repository's web address and the commit. Given as a template with
 * {@code {commit}}, {@code {path}} and {@code {line}} (and optionally {@code {end}}), or derived
 * from the CI's own variables (GitHub Actions, GitLab CI). Without either, links stay relative,
 * which is right for a report read beside the checkout.
 *
 * @param template the link template, or empty for relative links
 */
public record SourceLinks(Optional<String> template) {
  /** Environment variable holding an explicit template; it wins over the CI's variables. */
  public static final String TEMPLATE_VARIABLE = "ASSAY_SOURCE_URL";

  public SourceLinks {
    Objects.requireNonNull(template, "template");
  }

  /** Relative links, as for a report opened from disk. */
  public static SourceLinks relative() {
    return new SourceLinks(Optional.empty());
  }

  /** The template from {@value #TEMPLATE_VARIABLE}, else from the CI's variables, else none. */
  public static SourceLinks fromEnvironment(Map<String, String> env) {
    String explicit = env.getOrDefault(TEMPLATE_VARIABLE, "").strip();
    if (!explicit.isEmpty()) {
      return new SourceLinks(Optional.of(explicit));
    }
    String server = env.getOrDefault("GITHUB_SERVER_URL", "").strip();
    String repository = env.getOrDefault("GITHUB_REPOSITORY", "").strip();
    if (!server.isEmpty() && !repository.isEmpty()) {
      return new SourceLinks(
          Optional.of(trimSlash(server) + "/" + repository + "/blob/{commit}/{path}#L{line}"));
    }
    String gitlab = env.getOrDefault("CI_PROJECT_URL", "").strip();
    if (!gitlab.isEmpty()) {
      return new SourceLinks(Optional.of(trimSlash(gitlab) + "/-/blob/{commit}/{path}#L{line}"));
    }
    return relative();
  }

  /**
   * The link for a file and line range at a commit: relative when there is no template or no
   * commit (the working tree), the template filled in otherwise.
   *
   * @param line first line, or 0 for the file as a whole
   */
  String link(String path, int line, int endLine, String commit) {
    String anchor = line <= 0 ? "" : "#L" + line + (endLine > line ? "-L" + endLine : "");
    if (template.isEmpty() || commit.isEmpty()) {
      return RelativeUri.of(path) + anchor;
    }
    String t = template.get();
    if (line <= 0) {
      // No line to point at: drop the fragment the template puts around {line}.
      int hash = t.indexOf("#");
      if (hash >= 0 && t.indexOf("{line}", hash) >= 0) {
        t = t.substring(0, hash);
      }
    }
    return t.replace("{commit}", RelativeUri.of(commit))
        .replace("{path}", RelativeUri.of(path))
        .replace("{line}", Integer.toString(Math.max(line, 1)))
        .replace("{end}", Integer.toString(Math.max(endLine, Math.max(line, 1))));
  }

  private static String trimSlash(String s) {
    return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
  }
}
