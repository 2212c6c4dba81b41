package dev.assay.engine;

import dev.assay.api.Finding;
import dev.assay.api.SourceTree;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Computes fingerprints that survive line shifts: a hash of gate, rule, path, the whitespace-
 * normalised text of the flagged line (not its number) and the occurrence index among findings
 * with the same key. Findings without a line use their message with digits removed.
 */
final class Fingerprints {
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final Pattern DIGITS = Pattern.compile("\\d+");

  private final SourceTree head;
  private final Map<String, Lines> lines = new ConcurrentHashMap<>();

  Fingerprints(SourceTree head) {
    this.head = head;
  }

  /** Fingerprints for findings given in sorted order; the result is index-aligned. */
  List<String> of(List<Finding> sorted) {
    // Keys and hashes are computed side by side (a whole-tree scan has tens of thousands of
    // findings, and this runs after the gates, on its own); only the occurrence numbers need
    // the sorted order.
    List<String> keys = sorted.parallelStream().map(this::key).toList();
    Map<String, Integer> occurrences = new HashMap<>();
    List<String> numbered = new ArrayList<>(keys.size());
    for (String key : keys) {
      numbered.add(key + "\u0000" + occurrences.merge(key, 1, Integer::sum));
    }
    return numbered.parallelStream().map(Fingerprints::sha256).toList();
  }

  /** The text of a line at head, or empty when unavailable. */
  String lineText(String path, int line) {
    return lines.computeIfAbsent(path, p -> head.read(p).map(Lines::of).orElse(Lines.NONE)).get(line);
  }

  /**
   * The lines of a text as {@code text.split("\r?\n", -1)} has them, without copying each line:
   * a whole-tree scan fingerprints thousands of findings over thousands of files, and splitting
   * every file by regex was the largest cost of the run's serial phase.
   *
   * @param newlines the offset of every {@code \n}, in order
   */
  private record Lines(String text, int[] newlines, int count) {
    static final Lines NONE = new Lines("", new int[0], 0);

    static Lines of(String text) {
      int[] at = new int[16];
      int n = 0;
      for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
        if (n == at.length) {
          at = Arrays.copyOf(at, n * 2);
        }
        at[n++] = i;
      }
      return new Lines(text, at, n + 1);
    }

    /** Line {@code line} (1-based) without its terminator, or empty when out of range. */
    String get(int line) {
      if (line < 1 || line > count) {
        return "";
      }
      int start = line == 1 ? 0 : newlines[line - 2] + 1;
      int end = line == count ? text.length() : newlines[line - 1];
      if (line < count && end > start && text.charAt(end - 1) == '\r') {
        end--;
      }
      return text.substring(start, end);
    }
  }

  private String key(Finding f) {
    String anchor =
        f.hasLine()
            ? WHITESPACE.matcher(lineText(f.path(), f.line()).strip()).replaceAll(" ")
            : DIGITS.matcher(f.message()).replaceAll("#");
    return String.join("\u0000", f.gate(), f.rule(), f.path(), anchor);
  }

  static String sha256(String s) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8))).substring(0, 32);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every JDK", e);
    }
  }
}
