package dev.assay.engine;

import dev.assay.api.SourceTree;
import java.lang.ref.SoftReference;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One side of the change as every gate of a run sees it: each file is read from git and decoded
 * once, then shared. A whole-tree scan has five or more gates read the same thirteen thousand
 * files; without this each of them inflated and decoded every blob again. Texts are held softly,
 * so a tree larger than the heap is re-read rather than exhausting memory. Thread-safe.
 */
final class SharedReads implements SourceTree {
  private final SourceTree tree;
  private final Map<String, SoftReference<Optional<String>>> texts = new ConcurrentHashMap<>();

  SharedReads(SourceTree tree) {
    this.tree = tree;
  }

  @Override
  public Optional<String> read(String path) {
    SoftReference<Optional<String>> ref = texts.get(path);
    Optional<String> text = ref == null ? null : ref.get();
    if (text == null) {
      text = tree.read(path);
      texts.put(path, new SoftReference<>(text));
    }
    return text;
  }
}
