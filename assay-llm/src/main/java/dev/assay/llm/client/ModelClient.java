package dev.assay.llm.client;

/**
 * Sends one chat request to a model and returns its answer. Implementations are thread-safe; a
 * call blocks until the answer, a non-retryable error, the retries are used up, or the per-call
 * timeout passes. Never returns null.
 */
public interface ModelClient {
  /**
   * Completes the request.
   *
   * @throws ModelException with a {@link ModelException.Kind} saying what went wrong
   */
  ChatResponse complete(ChatRequest request) throws ModelException;

  /** The provider this client talks to, e.g. {@code anthropic}; used in records and costs. */
  String provider();
}
