package dev.assay.llm.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.UncheckedIOException;
import java.net.URI;

/** URL joining and body bytes shared by the formats. */
final class Endpoints {
  private Endpoints() {}

  /** {@code base} + {@code path}, whether or not the base ends with a slash. */
  static URI resolve(URI base, String path) {
    String b = base.toString();
    return URI.create((b.endsWith("/") ? b : b + "/") + path);
  }

  static byte[] bytes(JsonNode body) {
    try {
      return HttpErrors.JSON.writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
