package dev.assay.policy;

import dev.assay.api.Location;
import java.util.List;
import java.util.Optional;

/**
 * An immutable YAML value from the criteria file with its 1-based position, decoupled from
 * snakeyaml's mutable nodes so that settings can be shared between threads.
 */
sealed interface YamlNode permits YamlNode.Scalar, YamlNode.Sequence, YamlNode.Mapping {

  int line();

  int column();

  /** How this value reads in "expected X, got Y" messages. */
  String describe();

  default Location at(String file, String keyPath) {
    return new Location(file, line(), column(), keyPath);
  }

  /** A scalar; {@code isNull} for {@code ~}, {@code null} or an empty value. */
  record Scalar(String text, boolean isNull, int line, int column) implements YamlNode {
    private static final int SHOWN = 40;

    @Override
    public String describe() {
      if (isNull) {
        return "nothing";
      }
      String shown = text.length() > SHOWN ? text.substring(0, SHOWN) + "..." : text;
      return "`" + shown + "`";
    }
  }

  /** A list. */
  record Sequence(List<YamlNode> items, int line, int column) implements YamlNode {
    public Sequence {
      items = List.copyOf(items);
    }

    @Override
    public String describe() {
      return "a list";
    }
  }

  /** A mapping whose entries keep file order; keys are unique (checked when reading). */
  record Mapping(List<Entry> entries, int line, int column) implements YamlNode {
    public Mapping {
      entries = List.copyOf(entries);
    }

    Optional<Entry> get(String key) {
      return entries.stream().filter(e -> e.key().text().equals(key)).findFirst();
    }

    @Override
    public String describe() {
      return "a mapping";
    }
  }

  /** One {@code key: value} pair. */
  record Entry(Scalar key, YamlNode value) {}
}
