package dev.assay.llm.record;

/**
 * Where call and run records go: the JSONL ledger in {@code .git/assay/}, an audit log, or both.
 * Implementations must be thread-safe and must not throw for an unwritable destination in a way
 * that loses the model's answer: they report failures through {@link RecordException}, which the
 * caller turns into a warning.
 */
public interface CallRecorder {
  /** Records one call. */
  void call(CallRecord record) throws RecordException;

  /** Records the end of a run; recorders that keep only calls ignore it. */
  default void run(RunRecord record) throws RecordException {}

  /** A recorder that keeps nothing. */
  static CallRecorder none() {
    return r -> {};
  }

  /** This recorder, then {@code other}. */
  default CallRecorder and(CallRecorder other) {
    CallRecorder self = this;
    return new CallRecorder() {
      @Override
      public void call(CallRecord r) throws RecordException {
        self.call(r);
        other.call(r);
      }

      @Override
      public void run(RunRecord r) throws RecordException {
        self.run(r);
        other.run(r);
      }
    };
  }

  /** A record that could not be written. */
  final class RecordException extends Exception {
    private static final long serialVersionUID = 1L;

    public RecordException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
