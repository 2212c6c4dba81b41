package dev.assay.java.mutation;

import java.util.Locale;
import java.util.Optional;

/** What happened to one mutant, as PIT reports it. */
enum MutantStatus {
  KILLED(Kind.DETECTED),
  TIMED_OUT(Kind.DETECTED),
  MEMORY_ERROR(Kind.DETECTED),
  SURVIVED(Kind.UNDETECTED),
  NO_COVERAGE(Kind.UNDETECTED),
  RUN_ERROR(Kind.INVALID),
  NON_VIABLE(Kind.INVALID),
  NOT_STARTED(Kind.INVALID),
  STARTED(Kind.INVALID);

  /** How a status counts toward the mutation score. */
  enum Kind {
    /** A test failed, or the mutant ran past the timeout or out of memory: counted as killed. */
    DETECTED,
    /** No test failed (or none ran it): counted against the score. */
    UNDETECTED,
    /** The mutant could not be tested (did not load, PIT crashed): not counted either way. */
    INVALID
  }

  private final Kind kind;

  MutantStatus(Kind kind) {
    this.kind = kind;
  }

  Kind kind() {
    return kind;
  }

  /** PIT's status name, case-insensitive. */
  static Optional<MutantStatus> parse(String s) {
    try {
      return Optional.of(valueOf(s.strip().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
