package dev.assay.gate.secrets;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds every anchor of every detector in one pass over a text. Each position is tested against a
 * table of the anchors' first two characters, so the forty-odd anchors cost about one table lookup
 * per character instead of forty {@code indexOf} passes. Immutable and thread-safe.
 */
final class AnchorScan {
  private final Hook[][] table = new Hook[1 << 14][];

  private record Hook(String anchor, Detector detector) {}

  AnchorScan(List<Detector> detectors) {
    List<List<Hook>> buckets = new ArrayList<>();
    for (int i = 0; i < table.length; i++) {
      buckets.add(null);
    }
    for (Detector d : detectors) {
      for (String a : d.anchors()) {
        int key = key(a.charAt(0), a.charAt(1));
        if (buckets.get(key) == null) {
          buckets.set(key, new ArrayList<>());
        }
        buckets.get(key).add(new Hook(a, d));
      }
    }
    for (int i = 0; i < table.length; i++) {
      if (buckets.get(i) != null) {
        table[i] = buckets.get(i).toArray(new Hook[0]);
      }
    }
  }

  /** Runs every detector at every occurrence of each of its anchors. */
  void scan(String text, TextIndex lines, List<Candidate> out) {
    // A char[] copy: String.charAt on a UTF-16 string (any file with one non-Latin-1 character)
    // costs a bounds-checked call per character, which dominated whole-tree scans.
    char[] t = text.toCharArray();
    int n = t.length - 1;
    for (int i = 0; i < n; i++) {
      char c0 = t[i];
      char c1 = t[i + 1];
      if ((c0 | c1) >= 128) {
        continue;
      }
      Hook[] hooks = table[key(c0, c1)];
      if (hooks != null) {
        for (Hook h : hooks) {
          if (text.startsWith(h.anchor, i)) {
            h.detector.matchAt(text, lines, i, h.anchor, out);
          }
        }
      }
    }
  }

  private static int key(char c0, char c1) {
    return (c0 & 0x7f) << 7 | (c1 & 0x7f);
  }
}
