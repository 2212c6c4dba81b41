package dev.assay.api;

import java.nio.file.Path;
import java.util.List;

/**
 * What a gate may look at. Provided by the engine; implementations are thread-safe.
 *
 * @param <C> the gate's configuration type, built by {@link Gate#configure}
 */
public interface GateContext<C> {

  /** The change under evaluation. */
  ChangeSet change();

  /** The gate's configuration from {@code gates.<id>}. */
  C config();

  /**
   * The configuration that applies to one file: {@link #config()} with the first per-path override
   * whose globs match {@code path} merged over it.
   */
  C configFor(String path);

  /** The repository's work tree root, absolute and normalised. */
  Path root();

  /** Files at the base of the change. */
  SourceTree base();

  /** Files at the head of the change (a commit or the working tree). */
  SourceTree head();

  /**
   * Regular files under {@link #root()} matching any of the globs (repository-relative, {@code **}
   * crossing directories), sorted, never following symlinks out of the repository, skipping
   * {@code .git}. Used to discover tool reports.
   */
  List<Path> findFiles(List<String> globs);

  /**
   * Who wrote the change's lines (AI, human, unknown) and who approved it. Default: nothing known,
   * so every line is unknown.
   */
  default Provenance provenance() {
    return Provenance.unknown();
  }

  /**
   * True while the engine evaluates this gate a second time on the AI-authored lines only, with
   * the section's {@code ai:} values applied. Gates need not act on it; it lets one word its notes.
   */
  default boolean aiPass() {
    return false;
  }

  /**
   * The modules of the build that invoked Assay (the projects of a Maven reactor, in build order),
   * with their compiled classes and test classpaths. Empty when Assay runs on its own (the command
   * line), in which case gates use the paths their configuration names. Default: empty.
   */
  default List<BuildModule> buildModules() {
    return List.of();
  }
}
