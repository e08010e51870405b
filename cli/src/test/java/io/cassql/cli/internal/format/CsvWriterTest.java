package io.cassql.cli.internal.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** RFC 4180 quoting and the text form of each kind of value. */
class CsvWriterTest {

  @Test
  void should_quote_only_fields_that_need_it_and_end_records_with_crlf() throws Exception {
    StringWriter out = new StringWriter();
    CsvWriter csv = new CsvWriter(out);
    csv.record(new String[] {"plain", "a,b", "say \"hi\"", "two\nlines", "", null, " spaced "});
    assertEquals(
        "plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\"\",, spaced \r\n", out.toString());
  }

  @Test
  void should_write_values_in_their_iso_and_exact_forms() throws Exception {
    StringWriter out = new StringWriter();
    new CsvWriter(out)
        .values(
            new Object[] {
              new BigDecimal("1E+3"),
              Instant.parse("2026-01-02T03:04:05.678Z"),
              LocalDate.of(2026, 1, 2),
              LocalTime.of(10, 0),
              new byte[] {1, (byte) 0xab},
              UUID.fromString("123e4567-e89b-12d3-a456-426614174000"),
              true,
              1.5d,
              new JsonText("[1,\"x\"]")
            });
    assertEquals(
        "1000,2026-01-02T03:04:05.678Z,2026-01-02,10:00:00,0x01ab,"
            + "123e4567-e89b-12d3-a456-426614174000,true,1.5,\"[1,\"\"x\"\"]\"\r\n",
        out.toString());
  }
}
