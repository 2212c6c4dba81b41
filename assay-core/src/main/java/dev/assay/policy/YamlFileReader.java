package dev.assay.policy;

import dev.assay.api.CriteriaException;
import dev.assay.api.Location;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ReaderException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Reads the bytes of a criteria file into one YAML mapping, or nothing for a file without content.
 * Every failure (encoding, size, syntax, hostile structure) becomes a located {@link
 * CriteriaException}; no snakeyaml exception escapes.
 */
final class YamlFileReader {
  static final int MAX_BYTES = 1024 * 1024;

  private final String file;

  YamlFileReader(String file) {
    this.file = file;
  }

  /** The root mapping, or empty when the file holds no document (empty or only comments). */
  Optional<YamlNode.Mapping> read(byte[] content) {
    if (content.length > MAX_BYTES) {
      throw new CriteriaException(
          new Location(file, 0, 0, ""),
          "the file is " + content.length + " bytes; criteria files are limited to 1 MiB",
          "a criteria file should be a few hundred lines; is this the right file?");
    }
    String text = decode(content);
    Optional<Node> root = compose(text);
    if (root.isEmpty() || root.get() instanceof ScalarNode s && s.getTag().equals(Tag.NULL)) {
      return Optional.empty();
    }
    YamlNode node = new NodeConverter(file).convert(root.get(), "");
    if (node instanceof YamlNode.Mapping mapping) {
      return Optional.of(mapping);
    }
    throw new CriteriaException(
        node.at(file, ""),
        "the file must be a mapping of keys such as `gates:`, got " + node.describe(),
        "start with `version: 1` and `gates:`; see docs/criteria.md");
  }

  private Optional<Node> compose(String text) {
    LoadSettings settings =
        LoadSettings.builder()
            .setLabel(file)
            .setSchema(new CoreSchema())
            .setAllowDuplicateKeys(true) // NodeConverter reports duplicates with both lines
            .setMaxAliasesForCollections(GuardedParser.MAX_COLLECTION_ALIASES)
            .setCodePointLimit(MAX_BYTES)
            .build();
    GuardedParser parser =
        new GuardedParser(new ParserImpl(settings, new StreamReader(settings, text)), file);
    try {
      Composer composer = new Composer(settings, parser);
      if (!composer.hasNext()) {
        return Optional.empty();
      }
      Node root = composer.next();
      if (composer.hasNext()) {
        throw new CriteriaException(
            new SyntaxErrors(file, text).eventPosition(parser.peekEvent()),
            "the file holds more than one YAML document (separated by `---`)",
            "keep all criteria in a single document");
      }
      return Optional.of(root);
    } catch (MarkedYamlEngineException e) {
      throw new SyntaxErrors(file, text).marked(e);
    } catch (ReaderException e) {
      throw new SyntaxErrors(file, text).unreadable(e);
    } catch (YamlEngineException e) {
      throw new CriteriaException(parser.lastPosition(), "invalid YAML: " + e.getMessage(), null);
    }
  }

  private String decode(byte[] content) {
    int start = 0;
    if (content.length >= 3
        && (content[0] & 0xFF) == 0xEF
        && (content[1] & 0xFF) == 0xBB
        && (content[2] & 0xFF) == 0xBF) {
      start = 3; // a UTF-8 byte order mark is harmless; editors on Windows add it
    } else if (content.length >= 2
        && ((content[0] & 0xFF) == 0xFE && (content[1] & 0xFF) == 0xFF
            || (content[0] & 0xFF) == 0xFF && (content[1] & 0xFF) == 0xFE)) {
      throw new CriteriaException(
          new Location(file, 1, 1, ""), "the file is encoded as UTF-16", "save it as UTF-8");
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(content, start, content.length - start);
    CharBuffer out = CharBuffer.allocate(content.length);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isUnderflow()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      throw notUtf8(content, start, in.position());
    }
    return out.flip().toString();
  }

  private CriteriaException notUtf8(byte[] content, int start, int badOffset) {
    String before = new String(content, start, badOffset - start, StandardCharsets.UTF_8);
    return new CriteriaException(
        new SyntaxErrors(file, before).positionAt(before.codePointCount(0, before.length())),
        String.format(
            "the file is not valid UTF-8 (byte 0x%02X cannot start or continue a character)",
            content[badOffset] & 0xFF),
        "save the file as UTF-8");
  }
}
