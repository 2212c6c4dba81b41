package dev.assay.report.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.Writer;

/**
 * The one Jackson configuration for JSON-based reports: two-space indentation, {@code \n} line
 * endings on every OS (Jackson's default is the platform separator), map entries sorted by key,
 * and a final newline. Thread-safe.
 */
public final class JsonOutput {
  private static final ObjectWriter WRITER = newWriter();

  private JsonOutput() {}

  private static ObjectWriter newWriter() {
    ObjectMapper mapper = JsonMapper.builder()
        .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
        .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
        .build();
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    Separators separators = Separators.createDefaultInstance()
        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
        .withObjectEmptySeparator("")
        .withArrayEmptySeparator("");
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter(separators)
        .withObjectIndenter(indenter)
        .withArrayIndenter(indenter);
    return mapper.writer(printer);
  }

  /** Serialises the model and a final newline; does not close {@code out}. */
  public static void write(Object model, Writer out) throws IOException {
    WRITER.writeValue(out, model);
    out.write('\n');
  }
}
