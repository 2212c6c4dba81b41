package dev.assay.diff;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.diff.ContentSource;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectLoader;

/**
 * File content from disk for JGit's diff and rename machinery, read through {@link WorkingTree} so
 * symbolic links are never followed. Callers check {@link #size} before {@link #open}.
 */
final class DiskContent extends ContentSource {
  private final WorkingTree tree;

  DiskContent(WorkingTree tree) {
    this.tree = tree;
  }

  @Override
  public long size(String path, ObjectId id) throws IOException {
    return Files.size(file(path, id));
  }

  @Override
  public ObjectLoader open(String path, ObjectId id) throws IOException {
    return new ObjectLoader.SmallObject(Constants.OBJ_BLOB, Files.readAllBytes(file(path, id)));
  }

  @Override
  public boolean isWorkingTreeSource() {
    return true;
  }

  private Path file(String path, ObjectId id) throws MissingObjectException {
    return tree.regularFile(path)
        .orElseThrow(() -> new MissingObjectException(id, Constants.OBJ_BLOB));
  }
}
