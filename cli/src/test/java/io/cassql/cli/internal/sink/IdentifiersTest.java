package io.cassql.cli.internal.sink;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Dotted names, quoting, and passwords kept out of shown URLs. */
class IdentifiersTest {

  @Test
  void should_split_dotted_names_respecting_quotes() {
    assertEquals(List.of("ks", "T.x"), Identifiers.split("ks.\"T.x\""));
    assertEquals(List.of("a\"b"), Identifiers.split("\"a\"\"b\""));
    assertEquals("\"ks\".\"My\"\"Table\"", Identifiers.quoteQualified("ks.\"My\"\"Table\"", "\""));
  }

  @Test
  void should_mask_passwords_in_urls() {
    assertEquals(
        "jdbc:postgresql://h/db?user=u&password=***&ssl=true",
        Identifiers.maskPasswords("jdbc:postgresql://h/db?user=u&password=secret&ssl=true"));
    assertEquals(
        "jdbc:h2:./x;USER=sa;PASSWORD=***",
        Identifiers.maskPasswords("jdbc:h2:./x;USER=sa;PASSWORD=pw"));
  }
}
