package io.cassql.bench.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The 22 TPC-H queries with the specification's validation parameters, written once in SQL-92 so
 * that CasSQL (Calcite) and H2 run the same text. Differences from the specification's text: {@code
 * FETCH FIRST} instead of {@code LIMIT}, Q15's view as a {@code WITH} clause, {@code SUBSTRING}
 * instead of {@code substr}, Q11's {@code value} alias renamed (a reserved word), and a key added
 * to the ORDER BY of Q3, Q10, Q11 and Q18 so that ties come out in one order for the comparison
 * with H2. H2 answers Q19 from {@link #referenceText}: the same predicate with the join condition,
 * which the specification repeats in each branch of its OR, written once outside it (H2 does not
 * factor it out and its nested loop over lineitem x part exceeds the per-query limit; CasSQL runs
 * the specification's text).
 */
public final class TpchQueries {
  /** How many queries TPC-H has. */
  public static final int COUNT = 22;

  private TpchQueries() {}

  /** The text of query {@code n} (1..22). */
  public static String text(int n) {
    return resourceText("/io/cassql/bench/tpch/q" + n + ".sql");
  }

  private static String resourceText(String resource) {
    try (InputStream in = TpchQueries.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The text H2 runs for query {@code n}: {@link #text}, except Q19's factored equivalent. */
  public static String referenceText(int n) {
    return n == 19 ? resourceText("/io/cassql/bench/tpch/q19-h2.sql") : text(n);
  }

  /** All 22 texts, Q1 first. */
  public static List<String> all() {
    List<String> out = new ArrayList<>();
    for (int i = 1; i <= COUNT; i++) {
      out.add(text(i));
    }
    return out;
  }
}
