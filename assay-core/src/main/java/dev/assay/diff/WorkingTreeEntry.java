package dev.assay.diff;

import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.lib.AbbreviatedObjectId;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;

/**
 * A diff entry between a commit and the working tree. JGit's {@link DiffEntry#scan} only handles
 * walks of exactly two trees, but the working-tree walk needs a third (the index) so unchanged
 * files are recognised from their cached stat data instead of being read and hashed; DiffEntry's
 * protected constructor exists for such subclasses.
 */
final class WorkingTreeEntry extends DiffEntry {

  private WorkingTreeEntry(
      ChangeType type, String path, FileMode oldMode, ObjectId oldId, FileMode newMode, ObjectId newId) {
    this.changeType = type;
    this.oldPath = type == ChangeType.ADD ? DEV_NULL : path;
    this.newPath = type == ChangeType.DELETE ? DEV_NULL : path;
    this.oldMode = oldMode;
    this.newMode = newMode;
    this.oldId = AbbreviatedObjectId.fromObjectId(oldId);
    this.newId = AbbreviatedObjectId.fromObjectId(newId);
  }

  static DiffEntry added(String path, FileMode mode, ObjectId id) {
    return new WorkingTreeEntry(
        ChangeType.ADD, path, FileMode.MISSING, ObjectId.zeroId(), mode, id);
  }

  static DiffEntry deleted(String path, FileMode mode, ObjectId id) {
    return new WorkingTreeEntry(
        ChangeType.DELETE, path, mode, id, FileMode.MISSING, ObjectId.zeroId());
  }

  static DiffEntry modified(
      String path, FileMode oldMode, ObjectId oldId, FileMode newMode, ObjectId newId) {
    return new WorkingTreeEntry(ChangeType.MODIFY, path, oldMode, oldId, newMode, newId);
  }
}
