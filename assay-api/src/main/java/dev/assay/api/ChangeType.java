package dev.assay.api;

/** How one file differs between base and head. */
public enum ChangeType {
  ADDED,
  MODIFIED,
  DELETED,
  RENAMED,
  COPIED
}
