package dev.assay.policy;

import dev.assay.api.CriteriaException;
import dev.assay.api.Location;
import dev.assay.engine.CriteriaSource;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the top level of a criteria file into {@link Criteria}, recording which defaults applied.
 */
final class CriteriaReader {
  static final int VERSION = 1;
  static final String DEFAULT_BASELINE = ".assay-baseline.json";
  static final String DEFAULT_DOCS_URL = "https://github.com/assay-dev/assay/blob/main/docs/";
  static final Set<String> TOP_KEYS =
      Set.of(
          "version", "exclude", "baseline", "docs-url", "gates", "overrides", "provenance", "audit");

  private final String file;
  private final List<GateDefault> gates;
  private final List<String> defaultsUsed = new ArrayList<>();

  CriteriaReader(String file, List<GateDefault> gates) {
    this.file = file;
    this.gates = gates;
  }

  /** Reads the root mapping; an empty mapping means a file with nothing in it. */
  Criteria read(YamlNode.Mapping root, String sha256) {
    YamlSettings top = YamlSettings.of(new Location(file, 1, 1, ""), root, Set.of());
    top.requireKnownKeys(TOP_KEYS);
    int version = top.integer("version", VERSION);
    if (version != VERSION) {
      throw new CriteriaException(
          top.valueAt("version"),
          "unsupported version " + version,
          "this version of Assay reads `version: 1`");
    }
    List<String> exclude = top.paths("exclude", List.of());
    String baseline = baseline(top);
    String docsUrl = docsUrl(top);
    var sections = new GatesReader(file, gates).read(top.node("gates"));
    List<String> ids = gates.stream().map(GateDefault::id).toList();
    List<PathOverride> overrides = new OverridesReader(file, ids).read(top.node("overrides"));
    for (GateDefault gate : gates) {
      if (!sections.get(gate.id()).explicit()) {
        defaultsUsed.add(gate.defaultsSentence());
      }
    }
    ProvenanceSectionReader more = new ProvenanceSectionReader(file);
    var provenance = more.provenance(top.node("provenance"));
    var audit = more.audit(top.node("audit"));
    CriteriaSource source = new CriteriaSource(file, sha256, defaultsUsed);
    return new Criteria(
        version, source, sections, overrides, exclude, baseline, docsUrl, provenance, audit);
  }

  private String baseline(YamlSettings top) {
    Optional<String> value = top.string("baseline");
    if (value.isEmpty()) {
      defaultsUsed.add("baseline: " + DEFAULT_BASELINE + " (default)");
      return DEFAULT_BASELINE;
    }
    Location at = top.valueAt("baseline");
    String path = RepoPath.normalize(RepoPath.check(value.get(), at), at);
    if (path.isEmpty()) {
      throw new CriteriaException(
          at, "`" + value.get() + "` is the repository root, not a file", "name a JSON file");
    }
    return path;
  }

  private String docsUrl(YamlSettings top) {
    Optional<String> value = top.string("docs-url");
    if (value.isEmpty()) {
      defaultsUsed.add("docs-url: " + DEFAULT_DOCS_URL + " (default)");
      return DEFAULT_DOCS_URL;
    }
    String url = value.get().strip();
    if (!isHttpUrl(url)) {
      throw new CriteriaException(
          top.valueAt("docs-url"),
          "`" + url + "` is not an http(s) URL",
          "write the base URL of the docs, e.g. `" + DEFAULT_DOCS_URL + "`");
    }
    return url.endsWith("/") ? url : url + "/";
  }

  private static boolean isHttpUrl(String url) {
    try {
      URI uri = new URI(url);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      return (scheme.equals("http") || scheme.equals("https"))
          && uri.getHost() != null
          && uri.getRawQuery() == null
          && uri.getRawFragment() == null;
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
