package dev.assay.policy;

import dev.assay.api.CriteriaException;
import dev.assay.api.Location;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Turns snakeyaml's composed node graph into {@link YamlNode} values, rejecting what a criteria
 * file never needs: explicit tags beyond the plain YAML types, duplicate keys, keys that are not
 * plain scalars, and self-referencing aliases. Aliased nodes are converted once and shared, so an
 * alias-heavy file costs linear, not exponential, work.
 */
final class NodeConverter {
  /** ENV_TAG is what snakeyaml's resolver gives plain {@code ${VAR}} text; it stays plain text. */
  private static final Set<Tag> PLAIN_TAGS =
      Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL, Tag.SEQ, Tag.MAP, Tag.ENV_TAG);

  private final String file;
  private final Map<Node, YamlNode> converted = new IdentityHashMap<>();
  private final Set<Node> inProgress = Collections.newSetFromMap(new IdentityHashMap<>());

  NodeConverter(String file) {
    this.file = file;
  }

  YamlNode convert(Node node, String keyPath) {
    YamlNode done = converted.get(node);
    if (done != null) {
      return done;
    }
    checkTag(node, keyPath);
    if (!inProgress.add(node)) {
      throw new CriteriaException(
          at(node, keyPath), "an alias refers to the list or mapping that contains it", null);
    }
    YamlNode result;
    if (node instanceof MappingNode mapping) {
      result = mapping(mapping, keyPath);
    } else if (node instanceof SequenceNode sequence) {
      result = sequence(sequence, keyPath);
    } else {
      result = scalar((ScalarNode) node);
    }
    inProgress.remove(node);
    converted.put(node, result);
    return result;
  }

  private YamlNode.Mapping mapping(MappingNode node, String keyPath) {
    List<YamlNode.Entry> entries = new ArrayList<>();
    Map<String, YamlNode.Scalar> seen = new HashMap<>();
    for (NodeTuple tuple : node.getValue()) {
      YamlNode.Scalar key = key(tuple.getKeyNode(), keyPath);
      String childPath = keyPath.isEmpty() ? key.text() : keyPath + "." + key.text();
      YamlNode.Scalar first = seen.putIfAbsent(key.text(), key);
      if (first != null) {
        throw new CriteriaException(
            key.at(file, childPath),
            "duplicate key `"
                + key.text()
                + "` (lines "
                + first.line()
                + " and "
                + key.line()
                + ")",
            "YAML keeps only one of them; remove or merge the other");
      }
      entries.add(new YamlNode.Entry(key, convert(tuple.getValueNode(), childPath)));
    }
    return new YamlNode.Mapping(entries, line(node), column(node));
  }

  private YamlNode.Sequence sequence(SequenceNode node, String keyPath) {
    List<YamlNode> items = new ArrayList<>();
    List<Node> values = node.getValue();
    for (int i = 0; i < values.size(); i++) {
      items.add(convert(values.get(i), keyPath + "[" + i + "]"));
    }
    return new YamlNode.Sequence(items, line(node), column(node));
  }

  private YamlNode.Scalar key(Node node, String parentPath) {
    checkTag(node, parentPath);
    if (!(node instanceof ScalarNode scalar)) {
      throw new CriteriaException(
          at(node, parentPath),
          "a key must be plain text, got "
              + (node instanceof SequenceNode ? "a list" : "a mapping"),
          "write keys as `name:`");
    }
    YamlNode.Scalar key = scalar(scalar);
    if (key.isNull() || key.text().isBlank()) {
      throw new CriteriaException(at(node, parentPath), "empty key", "write keys as `name:`");
    }
    return key;
  }

  private YamlNode.Scalar scalar(ScalarNode node) {
    return new YamlNode.Scalar(
        node.getValue(), node.getTag().equals(Tag.NULL), line(node), column(node));
  }

  private void checkTag(Node node, String keyPath) {
    Tag tag = node.getTag();
    if (!PLAIN_TAGS.contains(tag)) {
      String value = tag.getValue();
      String shown =
          value.startsWith(Tag.PREFIX) ? "!!" + value.substring(Tag.PREFIX.length()) : value;
      throw new CriteriaException(
          at(node, keyPath),
          "YAML tag `"
              + shown
              + "` is not supported; criteria are plain text, numbers, lists"
              + " and mappings",
          "remove the tag");
    }
  }

  private Location at(Node node, String keyPath) {
    return new Location(file, line(node), column(node), keyPath);
  }

  private static int line(Node node) {
    return node.getStartMark().map(m -> m.getLine() + 1).orElse(0);
  }

  private static int column(Node node) {
    return node.getStartMark().map(m -> m.getColumn() + 1).orElse(0);
  }
}
