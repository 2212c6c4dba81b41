package dev.assay.gate.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.assay.api.Approval;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the approvals CI writes from the code host: either Assay's own shape, {@code
 * {"approvals": [{"name": ..., "email": ..., "commit": ...}]}}, or GitHub's list of pull-request
 * reviews as {@code gh api repos/O/R/pulls/N/reviews} prints it (only {@code APPROVED} reviews
 * count). An approval of another commit than the head is stale and does not count.
 */
final class ApprovalsFile {
  private static final long MAX_BYTES = 8L * 1024 * 1024;
  private static final ObjectMapper JSON = new ObjectMapper();

  private ApprovalsFile() {}

  /**
   * The approvals in the file, none when it is absent.
   *
   * @param display the path as the user wrote it, for messages
   * @param head the head commit, or empty for the working tree (then no approval is stale)
   * @param stale where approvals of other commits are counted
   * @throws IOException saying which file and what is wrong with it
   */
  static List<Approval> read(Path file, String display, String head, int[] stale) throws IOException {
    if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
      return List.of();
    }
    if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || Files.size(file) > MAX_BYTES) {
      throw new IOException(display + " is not a regular file under 8 MiB");
    }
    JsonNode root;
    try {
      root = JSON.readTree(Files.readAllBytes(file));
    } catch (IOException e) {
      throw new IOException(display + " is not JSON: " + e.getMessage().lines().findFirst().orElse(""));
    }
    JsonNode entries = root != null && root.isArray() ? root : root == null ? null : root.get("approvals");
    if (entries == null || !entries.isArray()) {
      throw new IOException(display + ": expected {\"approvals\": [...]} or a list of GitHub reviews");
    }
    List<Approval> out = new ArrayList<>();
    for (JsonNode e : entries) {
      String state = e.path("state").asText("APPROVED").toUpperCase(Locale.ROOT);
      if (!state.equals("APPROVED")) {
        continue;
      }
      String commit = e.has("commit_id") ? e.path("commit_id").asText() : e.path("commit").asText("");
      if (!commit.isEmpty() && !head.isEmpty() && !head.startsWith(commit.toLowerCase(Locale.ROOT))) {
        stale[0]++;
        continue;
      }
      String name = e.has("user") ? e.path("user").path("login").asText("") : e.path("name").asText("");
      String email = e.path("email").asText("").toLowerCase(Locale.ROOT);
      if (name.isBlank() && email.isBlank()) {
        throw new IOException(display + ": an approval names nobody (give `name` or `email`)");
      }
      out.add(new Approval(name.strip(), email.strip(), display));
    }
    return out;
  }
}
