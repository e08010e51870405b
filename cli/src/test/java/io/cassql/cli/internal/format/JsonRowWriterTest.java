package io.cassql.cli.internal.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.sql.Types;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rows as JSON objects: exact decimals, embedded collections, text for what JSON lacks. */
class JsonRowWriterTest {

  @Test
  void should_write_numbers_bare_collections_as_json_and_the_rest_as_text() throws Exception {
    List<SourceColumn> columns =
        List.of(
            new SourceColumn("d", Types.DECIMAL, "decimal", 0, 0, false),
            new SourceColumn("l", Types.VARCHAR, "list<int>", 0, 0, true),
            new SourceColumn("nan", Types.DOUBLE, "double", 0, 0, false),
            new SourceColumn("b", Types.VARBINARY, "blob", 0, 0, false),
            new SourceColumn("n", Types.INTEGER, "int", 0, 0, false));
    StringWriter out = new StringWriter();
    try (JsonRowWriter json = new JsonRowWriter(out, columns)) {
      json.row(
          new Object[] {
            new BigDecimal("12345678901234567890.10"),
            new JsonText("[1,2]"),
            Double.NaN,
            new byte[] {(byte) 0xca},
            null
          });
      json.flush();
      out.write('\n');
      json.row(new Object[] {BigDecimal.ONE, null, 1.0, null, 7});
    }
    assertEquals(
        "{\"d\":12345678901234567890.10,\"l\":[1,2],\"nan\":\"NaN\",\"b\":\"0xca\",\"n\":null}\n"
            + "{\"d\":1,\"l\":null,\"nan\":1.0,\"b\":null,\"n\":7}",
        out.toString());
  }
}
