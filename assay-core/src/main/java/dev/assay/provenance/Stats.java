package dev.assay.provenance;

/** Lines added in a range and still present at its head, for one group (a class, file or author). */
public final class Stats {
  private long added;
  private long present;

  void countAdded() {
    added++;
  }

  void countPresent() {
    present++;
  }

  public long added() {
    return added;
  }

  public long present() {
    return present;
  }
}
