package io.cassql.cli.internal.format;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;

/**
 * Writes rows as JSON objects keyed by column label: numbers and booleans bare (decimals exact),
 * collections as JSON, dates, times and instants as ISO-8601 text, blobs as {@code "0x…"}.
 */
public final class JsonRowWriter implements AutoCloseable {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private final JsonGenerator json;
  private final List<SourceColumn> columns;

  /** A writer of rows with {@code columns} to {@code out} (which it flushes but does not close). */
  public JsonRowWriter(Writer out, List<SourceColumn> columns) throws IOException {
    this.json =
        new JsonFactory(MAPPER)
            .createGenerator(out)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .disable(JsonGenerator.Feature.FLUSH_PASSED_TO_STREAM);
    this.json.setRootValueSeparator(null);
    this.columns = columns;
  }

  /** The underlying generator, for separators between rows. */
  public JsonGenerator generator() {
    return json;
  }

  /** Writes one row as an object. */
  public void row(Object[] values) throws IOException {
    json.writeStartObject();
    for (int i = 0; i < values.length; i++) {
      json.writeFieldName(columns.get(i).label());
      value(values[i]);
    }
    json.writeEndObject();
  }

  private void value(Object v) throws IOException {
    if (v == null) {
      json.writeNull();
    } else if (v instanceof Boolean b) {
      json.writeBoolean(b);
    } else if (v instanceof BigDecimal d) {
      json.writeNumber(d);
    } else if (v instanceof Double d && (d.isNaN() || d.isInfinite())) {
      json.writeString(d.toString());
    } else if (v instanceof Float f && (f.isNaN() || f.isInfinite())) {
      json.writeString(f.toString());
    } else if (v instanceof Number n) {
      json.writeNumber(n.toString());
    } else if (v instanceof JsonText t) {
      json.writeTree(parse(t.text()));
    } else {
      json.writeString(ValueText.of(v));
    }
  }

  private static JsonNode parse(String text) throws IOException {
    try {
      return MAPPER.readTree(text);
    } catch (IOException notJson) {
      return MAPPER.getNodeFactory().textNode(text);
    }
  }

  /** Flushes the generator into its writer (not the writer itself). */
  public void flush() throws IOException {
    json.flush();
  }

  @Override
  public void close() throws IOException {
    json.close();
  }
}
