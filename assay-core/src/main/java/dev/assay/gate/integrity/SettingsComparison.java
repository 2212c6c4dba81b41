package dev.assay.gate.integrity;

import dev.assay.api.CriteriaException;
import dev.assay.api.Settings;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Compares one gate's settings at base and head key by key, without knowing the gate: lists whose
 * entries exclude files ({@code exclude}, {@code test-paths}, ...) that gain entries, an {@code
 * include} that loses entries or appears, a lower bound (a ratio such as {@code changed-lines:
 * 80%}, or a {@code min-*} key) lowered, an upper bound ({@code max-*}) raised, a {@code
 * require-*} switch turned off, and a bound removed.
 */
final class SettingsComparison {
  private static final Set<String> EXCLUDING =
      Set.of("exclude", "test-paths", "ignore-paths", "ignore", "omit", "skip", "exclusions");
  private static final Set<String> LOWER_BOUNDS = Set.of("changed-lines", "per-file", "branches");

  /**
   * One loosening change.
   *
   * @param line the key's line at head, 0 when the key is gone
   * @param entry the list entry the change is about, to locate it; empty for a scalar
   * @param message starts with the key name and a closing backtick, e.g. {@code per-file` ...}
   */
  record Change(int line, String entry, String message) {}

  private SettingsComparison() {}

  static List<Change> compare(Settings b, Settings h, Collection<String> keys) {
    List<Change> out = new ArrayList<>();
    for (String key : keys) {
      int line = h.has(key) ? h.location(key).line() : 0;
      Optional<List<String>> vb = values(b, key);
      Optional<List<String>> vh = values(h, key);
      if (EXCLUDING.contains(key) || key.endsWith("-exclude") || key.endsWith("-ignore")) {
        for (String e : vh.orElse(List.of())) {
          if (!vb.orElse(List.of()).contains(e)) {
            out.add(new Change(line, e, key + "` gains `" + e + "`"));
          }
        }
      } else if (key.equals("include") && vh.isPresent()) {
        include(key, line, vb, vh.get(), out);
      } else {
        scalar(key, line, vb, vh, out);
      }
    }
    return out;
  }

  private static void include(
      String key, int line, Optional<List<String>> vb, List<String> vh, List<Change> out) {
    if (vb.isEmpty()) {
      out.add(new Change(line, "", key + "` is new and limits the gate to " + String.join(", ", vh)));
      return;
    }
    for (String e : vb.get()) {
      if (!vh.contains(e)) {
        out.add(new Change(line, "", key + "` no longer lists `" + e + "`"));
      }
    }
  }

  private static void scalar(
      String key, int line, Optional<List<String>> vb, Optional<List<String>> vh, List<Change> out) {
    String was = single(vb);
    String now = single(vh);
    if (was == null) {
      return;
    }
    OptionalDouble nb = number(was);
    if (nb.isPresent()) {
      boolean upper = key.contains("max");
      boolean lower = !upper && (key.contains("min") || LOWER_BOUNDS.contains(key) || isRatio(was));
      if (now == null && (upper || lower)) {
        out.add(new Change(0, "", key + "` (" + was + ") is removed, so the gate's default applies"));
        return;
      }
      OptionalDouble nh = now == null ? OptionalDouble.empty() : number(now);
      if (nh.isPresent() && lower && nh.getAsDouble() < nb.getAsDouble()) {
        out.add(new Change(line, "", key + "` is lowered from " + was + " to " + now));
      } else if (nh.isPresent() && upper && nh.getAsDouble() > nb.getAsDouble()) {
        out.add(new Change(line, "", key + "` is raised from " + was + " to " + now));
      }
      return;
    }
    boolean guard = key.startsWith("require") || key.startsWith("fail-on") || key.equals("strict");
    if (guard && isTrue(was) && (now == null ? false : isFalse(now))) {
      out.add(new Change(line, "", key + "` is turned off"));
    }
  }

  /** The key's value as a list of texts (a scalar is one entry), or empty when absent or nested. */
  private static Optional<List<String>> values(Settings s, String key) {
    if (!s.has(key)) {
      return Optional.empty();
    }
    try {
      return Optional.of(s.strings(key, List.of()));
    } catch (CriteriaException nested) {
      return Optional.empty();
    }
  }

  private static String single(Optional<List<String>> v) {
    return v.isPresent() && v.get().size() == 1 ? v.get().get(0).strip() : null;
  }

  private static boolean isRatio(String v) {
    return v.endsWith("%") || v.contains(".");
  }

  static OptionalDouble number(String v) {
    String t = v.strip();
    boolean percent = t.endsWith("%");
    String n = percent ? t.substring(0, t.length() - 1).strip() : t;
    if (!n.matches("[+-]?(\\d{1,12}(\\.\\d{0,12})?|\\.\\d{1,12})")) {
      return OptionalDouble.empty();
    }
    double d = new BigDecimal(n).doubleValue();
    return OptionalDouble.of(percent ? d / 100 : d);
  }

  private static boolean isTrue(String v) {
    return Set.of("true", "yes", "on").contains(v.toLowerCase(Locale.ROOT));
  }

  private static boolean isFalse(String v) {
    return Set.of("false", "no", "off").contains(v.toLowerCase(Locale.ROOT));
  }
}
