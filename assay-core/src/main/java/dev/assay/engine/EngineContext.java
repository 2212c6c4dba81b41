package dev.assay.engine;

import dev.assay.api.BuildModule;
import dev.assay.api.ChangeSet;
import dev.assay.api.GateContext;
import dev.assay.api.Provenance;
import dev.assay.api.SourceTree;
import java.nio.file.Path;
import java.util.List;

/** The engine's {@link GateContext}: the change, one gate's configuration and the work tree. */
final class EngineContext<C> implements GateContext<C> {
  private final ConfiguredGate<C> gate;
  private final ChangeSet change;
  private final RunInput input;
  private final Workspace workspace;

  private final boolean aiPass;

  EngineContext(ConfiguredGate<C> gate, ChangeSet change, RunInput input, Workspace workspace) {
    this(gate, change, input, workspace, false);
  }

  EngineContext(
      ConfiguredGate<C> gate, ChangeSet change, RunInput input, Workspace workspace, boolean aiPass) {
    this.gate = gate;
    this.change = change;
    this.input = input;
    this.workspace = workspace;
    this.aiPass = aiPass;
  }

  @Override
  public Provenance provenance() {
    return input.provenance();
  }

  @Override
  public boolean aiPass() {
    return aiPass;
  }

  @Override
  public List<BuildModule> buildModules() {
    return input.buildModules();
  }

  @Override
  public ChangeSet change() {
    return change;
  }

  @Override
  public C config() {
    return gate.config();
  }

  @Override
  public C configFor(String path) {
    return gate.configFor(path);
  }

  @Override
  public Path root() {
    return input.root();
  }

  @Override
  public SourceTree base() {
    return workspace.shared(input.base());
  }

  @Override
  public SourceTree head() {
    return workspace.shared(input.head());
  }

  @Override
  public List<Path> findFiles(List<String> globs) {
    return workspace.find(globs);
  }
}
