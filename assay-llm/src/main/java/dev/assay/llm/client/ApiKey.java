package dev.assay.llm.client;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * A provider key, read only from an environment variable or a file outside the repository. Its
 * {@link #toString} never shows the value, so it cannot end up in a log by accident.
 */
public final class ApiKey {
  private static final long MAX_FILE_BYTES = 4096;

  private final String value;
  private final String source;

  private ApiKey(String value, String source) {
    this.value = value;
    this.source = source;
  }

  /**
   * The key in environment variable {@code name}.
   *
   * @throws KeyException when it is unset or blank
   */
  public static ApiKey fromEnv(String name, Map<String, String> env) throws KeyException {
    String v = env.get(name);
    if (v == null || v.isBlank()) {
      throw new KeyException(
          "environment variable " + name + " is not set; export the provider's key there, or"
              + " pass --api-key-file with a file outside the repository");
    }
    return new ApiKey(v.strip(), "environment variable " + name);
  }

  /**
   * The key in a file, which must lie outside the repository so it is never committed.
   *
   * @throws KeyException when the file is inside {@code repoRoot}, missing, large or empty
   */
  public static ApiKey fromFile(Path file, Path repoRoot) throws KeyException {
    Path real;
    Path root;
    try {
      real = file.toRealPath();
      root = repoRoot.toRealPath();
    } catch (IOException e) {
      throw new KeyException("key file " + file + " cannot be read: it does not exist");
    }
    if (real.startsWith(root)) {
      throw new KeyException(
          "key file "
              + file
              + " is inside the repository, where it could be committed; move it outside (for"
              + " example to ~/.config/assay/) or use an environment variable");
    }
    try {
      if (Files.size(real) > MAX_FILE_BYTES) {
        throw new KeyException("key file " + file + " is larger than 4 KiB; it should hold one key");
      }
      String v = new String(Files.readAllBytes(real), StandardCharsets.UTF_8).strip();
      if (v.isEmpty() || v.contains("\n")) {
        throw new KeyException("key file " + file + " must hold exactly one line: the key");
      }
      return new ApiKey(v, "file " + file);
    } catch (IOException e) {
      throw new KeyException("key file " + file + " cannot be read: " + e.getMessage());
    }
  }

  /** For tests and embedding: a key given directly. */
  public static ApiKey of(String value) {
    return new ApiKey(Objects.requireNonNull(value, "value"), "given");
  }

  String value() {
    return value;
  }

  /** Where the key came from, safe to print. */
  public String source() {
    return source;
  }

  /** Removes the key from a text the provider sent back (some echo the key in errors). */
  String redact(String text) {
    if (value.length() < 6) {
      return text;
    }
    String r = text.replace(value, "[key]");
    // Providers also echo a prefix and suffix of a wrong key ("sk-abc***...xyz").
    return r.replace(value.substring(0, Math.min(12, value.length() - 4)), "[key]");
  }

  @Override
  public String toString() {
    return "ApiKey[" + source + "]";
  }

  /** A key that cannot be read; the message says where to put it. */
  public static final class KeyException extends Exception {
    private static final long serialVersionUID = 1L;

    public KeyException(String message) {
      super(message);
    }
  }
}
