package io.cassql.bench.internal;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import io.cassql.bench.BenchOptions;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Section 5: the heap peak of a full scan of a synthetic table (1 million rows by default) in a 256
 * MB JVM.
 */
public final class HeapBench {
  private static final int ROWS_PER_PARTITION = 1000;
  private static final String TABLE = "bench.scan_rows";
  private static final String HEAP = "-Xmx256m";

  private HeapBench() {}

  /** Loads the table, runs the probe in SQL and CQL mode, adds the section and facts. */
  public static void run(BenchCluster cluster, BenchOptions o, Report report) throws Exception {
    long rows = o.heapRows();
    Log.step("heap: loading " + rows + " synthetic rows");
    long loadNanos = Repeat.once(() -> load(cluster.session(), rows));
    Log.step(String.format(java.util.Locale.ROOT, "heap: loaded in %.1f s", loadNanos / 1e9));
    MarkdownTable t =
        new MarkdownTable(
            "Client (child JVM " + HEAP + ")",
            "Rows read",
            "Scan time",
            "Peak heap used (sampled every 2 ms)",
            "Peak live heap after GC",
            "GCs");
    for (String mode : List.of("sql", "cql")) {
      Log.step("heap: scan in a " + HEAP + " JVM, " + mode + " mode");
      Map<String, String> r =
          ChildJvm.run(
              o.directory().resolve("child-logs"),
              "heap-" + mode,
              HeapProbe.class,
              List.of(HEAP, "-XX:+UseG1GC"),
              List.of(
                  mode,
                  cluster.host(),
                  Integer.toString(cluster.port()),
                  TABLE,
                  Integer.toString(o.scanParallelism())),
              600);
      boolean complete = Long.parseLong(r.get("rows")) == rows;
      t.row(
          "CasSQL " + mode.toUpperCase(java.util.Locale.ROOT) + " mode",
          r.get("rows") + (complete ? "" : " (expected " + rows + ")"),
          r.get("seconds") + " s",
          r.get("peakUsedMb") + " MB of " + r.get("maxHeapMb"),
          r.get("peakAfterGcMb") + " MB",
          r.get("gcs"));
      report.fact(
          "Heap: "
              + rows
              + "-row scan, "
              + mode.toUpperCase(java.util.Locale.ROOT)
              + " mode, "
              + HEAP,
          "live peak " + r.get("peakAfterGcMb") + " MB",
          "completes in 256 MB",
          complete ? "yes" : "**no**",
          "peak used " + r.get("peakUsedMb") + " MB, " + r.get("seconds") + " s");
    }
    report.section(
        "5. Heap of a full scan of " + rows + " rows in a " + HEAP + " JVM",
        "`SELECT * FROM "
            + TABLE
            + "` (7 columns: int, int, bigint, text, decimal, date, text; "
            + ROWS_PER_PARTITION
            + " rows per partition), every column through its getter. The peak after GC is the "
            + "live set; the sampled peak includes garbage not yet collected. Loaded in "
            + String.format(java.util.Locale.ROOT, "%.0f s", loadNanos / 1e9)
            + ".",
        t);
  }

  private static void load(CqlSession session, long rows) throws InterruptedException {
    session.execute(
        "CREATE KEYSPACE IF NOT EXISTS bench WITH replication = "
            + "{'class': 'SimpleStrategy', 'replication_factor': 1}");
    session.execute("DROP TABLE IF EXISTS " + TABLE);
    session.execute(
        "CREATE TABLE "
            + TABLE
            + " (bucket int, seq int, id bigint, name text, amount decimal, "
            + "day date, note text, PRIMARY KEY ((bucket), seq))");
    PreparedStatement insert =
        session.prepare(
            "INSERT INTO "
                + TABLE
                + " (bucket, seq, id, name, amount, day, note) VALUES (?, ?, ?, ?, ?, ?, ?)");
    LocalDate day0 = LocalDate.of(2020, 1, 1);
    try (AsyncWriter w = new AsyncWriter(session, 32)) {
      for (long i = 0; i < rows; i++) {
        int bucket = (int) (i / ROWS_PER_PARTITION);
        w.write(
            bucket,
            insert.bind(
                bucket,
                (int) (i % ROWS_PER_PARTITION),
                i,
                "name-" + i,
                BigDecimal.valueOf(i % 100_000, 2),
                day0.plusDays(i % 3650),
                "a note of about sixty characters for row number " + i));
      }
    }
  }
}
