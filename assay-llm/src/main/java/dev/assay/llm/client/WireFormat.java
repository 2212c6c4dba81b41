package dev.assay.llm.client;

import java.net.URI;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.util.Optional;

/** One provider's request and response JSON. Implementations are stateless. */
interface WireFormat {
  /** The HTTP request for a chat request, with the key in the provider's header. */
  HttpRequest.Builder request(URI base, ChatRequest request, Optional<ApiKey> key);

  /**
   * Reads a 2xx body.
   *
   * @throws ModelException of kind INVALID_RESPONSE when the body is not the documented JSON
   */
  ChatResponse parse(byte[] body, HttpHeaders headers, ChatRequest request) throws ModelException;

  /** Maps an error status and body to an exception. */
  ModelException error(int status, HttpHeaders headers, byte[] body);
}
