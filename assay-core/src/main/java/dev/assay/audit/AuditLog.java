package dev.assay.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A tamper-evident, append-only log of records (one JSON object per line). Each record gets a
 * sequence number, the hash of the record before it and its own hash (SHA-256 of its canonical
 * JSON without {@code hash}), so editing, deleting or reordering any record breaks the chain. A
 * small anchor file beside the log holds the last sequence number and hash, so cutting records off
 * the end shows too. Appends from several processes are serialised with a file lock. Used by
 * {@code assay check} and by anything else that must leave a trail (model calls, for example).
 */
public final class AuditLog {
  /** The {@code prev} of the first record. */
  public static final String GENESIS = "0".repeat(64);

  private static final ObjectMapper JSON = new ObjectMapper();
  /** File locks are per process; threads of one process queue on this first. */
  private static final java.util.concurrent.ConcurrentMap<Path, Object> IN_PROCESS =
      new java.util.concurrent.ConcurrentHashMap<>();

  private final Path file;
  private final Path anchor;

  public AuditLog(Path file) {
    this.file = Objects.requireNonNull(file, "file").toAbsolutePath().normalize();
    this.anchor = this.file.resolveSibling(this.file.getFileName() + ".anchor");
  }

  public Path file() {
    return file;
  }

  /**
   * Appends a copy of {@code record} with {@code seq}, {@code prev} and {@code hash} set (any values
   * the record had for them are replaced) and returns what was written.
   */
  public ObjectNode append(ObjectNode record) throws IOException {
    Files.createDirectories(file.getParent());
    synchronized (IN_PROCESS.computeIfAbsent(file, f -> new Object())) {
      return appendLocked(record);
    }
  }

  private ObjectNode appendLocked(ObjectNode record) throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
            StandardOpenOption.WRITE);
        FileLock lock = channel.lock()) {
      ObjectNode last = lastRecord(channel);
      ObjectNode entry = record.deepCopy();
      entry.remove("hash");
      entry.put("seq", last == null ? 1 : last.path("seq").asLong() + 1);
      entry.put("prev", last == null ? GENESIS : last.path("hash").asText());
      entry.put("hash", hash(entry));
      byte[] line = (canonical(entry) + "\n").getBytes(StandardCharsets.UTF_8);
      channel.position(channel.size());
      channel.write(java.nio.ByteBuffer.wrap(line));
      channel.force(true);
      Files.writeString(anchor, entry.path("seq").asLong() + " " + entry.path("hash").asText() + "\n");
      return entry;
    }
  }

  private static ObjectNode lastRecord(FileChannel channel) throws IOException {
    long size = channel.size();
    if (size == 0) {
      return null;
    }
    int window = (int) Math.min(size, 4L * 1024 * 1024);
    java.nio.ByteBuffer buf = java.nio.ByteBuffer.allocate(window);
    channel.read(buf, size - window);
    String tail = new String(buf.array(), 0, buf.position(), StandardCharsets.UTF_8).stripTrailing();
    String lastLine = tail.substring(tail.lastIndexOf('\n') + 1);
    try {
      JsonNode n = JSON.readTree(lastLine);
      if (n instanceof ObjectNode o && o.has("hash") && o.has("seq")) {
        return o;
      }
    } catch (IOException e) {
      // fall through: the chain is broken and appending would hide it
    }
    throw new IOException("the last line of the audit log is not a record; run `assay audit verify`");
  }

  /** Checks the whole chain and the anchor; never throws for a damaged log, only reports. */
  public AuditVerification verify() throws IOException {
    List<String> problems = new ArrayList<>();
    if (!Files.exists(file)) {
      if (Files.exists(anchor)) {
        problems.add("the log is missing but its anchor names records: it was deleted");
      }
      return new AuditVerification(0, problems);
    }
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    String prev = GENESIS;
    long seq = 0;
    int n = 0;
    for (String line : lines) {
      n++;
      if (line.isBlank()) {
        problems.add("line " + n + ": empty line inside the log");
        continue;
      }
      ObjectNode o;
      try {
        o = JSON.readTree(line) instanceof ObjectNode obj ? obj : null;
      } catch (IOException e) {
        o = null;
      }
      if (o == null) {
        problems.add("line " + n + ": not a JSON record");
        continue;
      }
      long s = o.path("seq").asLong(-1);
      if (s != seq + 1) {
        problems.add("line " + n + ": sequence " + s + " follows " + seq + ": a record was deleted, inserted or reordered");
      }
      if (!o.path("prev").asText().equals(prev)) {
        problems.add("line " + n + ": `prev` does not match the hash of the record before: the chain is broken here");
      }
      String stored = o.path("hash").asText();
      ObjectNode body = o.deepCopy();
      body.remove("hash");
      if (!hash(body).equals(stored)) {
        problems.add("line " + n + ": the record was edited (its hash does not match its content)");
      }
      prev = stored;
      seq = s;
    }
    checkAnchor(seq, prev, problems);
    return new AuditVerification(n, problems);
  }

  private void checkAnchor(long seq, String hash, List<String> problems) throws IOException {
    if (!Files.exists(anchor)) {
      if (seq > 0) {
        problems.add("the anchor file " + anchor.getFileName() + " is missing: records cut off the end would not show");
      }
      return;
    }
    String[] parts = Files.readString(anchor).strip().split(" ");
    if (parts.length != 2 || !parts[0].equals(Long.toString(seq)) || !parts[1].equals(hash)) {
      problems.add("the log ends at record " + seq + " but its anchor names record " + parts[0]
          + ": records were deleted from the end, or the log was replaced");
    }
  }

  /** SHA-256 of the canonical JSON, hex. */
  public static String hash(ObjectNode record) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(canonical(record).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /** Compact JSON with object keys sorted at every level: the same record, the same bytes. */
  public static String canonical(JsonNode node) {
    try {
      return JSON.writeValueAsString(sorted(node));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static JsonNode sorted(JsonNode node) {
    if (node.isObject()) {
      Map<String, JsonNode> fields = new TreeMap<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        fields.put(e.getKey(), sorted(e.getValue()));
      }
      ObjectNode out = JSON.createObjectNode();
      fields.forEach(out::set);
      return out;
    }
    if (node.isArray()) {
      var out = JSON.createArrayNode();
      node.forEach(n -> out.add(sorted(n)));
      return out;
    }
    return node;
  }

  /** Sequence number to hash of every readable record, for checks against outside anchors. */
  java.util.Map<String, String> hashesBySeq() throws IOException {
    java.util.Map<String, String> out = new java.util.HashMap<>();
    if (!Files.exists(file)) {
      return out;
    }
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      try {
        JsonNode n = JSON.readTree(line);
        if (n != null && n.has("seq")) {
          out.put(n.path("seq").asText(), n.path("hash").asText());
        }
      } catch (IOException e) {
        // verify() reports unreadable lines
      }
    }
    return out;
  }
}
