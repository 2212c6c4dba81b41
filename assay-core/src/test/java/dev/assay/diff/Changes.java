package dev.assay.diff;

import java.nio.file.Path;
import java.util.Optional;

/** Shorthands for building requests in tests. */
final class Changes {
  static final long MAX = 1_000_000;

  private Changes() {}

  static Change headAgainstDefault(Path dir) throws ChangeException {
    return ChangeCalculator.compute(new ChangeRequest(dir, Optional.empty(), Optional.empty(), false, MAX));
  }

  static Change against(Path dir, String base) throws ChangeException {
    return ChangeCalculator.compute(new ChangeRequest(dir, Optional.of(base), Optional.empty(), false, MAX));
  }

  static Change workingTree(Path dir) throws ChangeException {
    return ChangeCalculator.compute(new ChangeRequest(dir, Optional.empty(), Optional.empty(), true, MAX));
  }
}
