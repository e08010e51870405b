package io.cassql.bench;

import io.cassql.bench.internal.BenchCluster;
import io.cassql.bench.internal.Blackhole;
import io.cassql.bench.internal.CliBench;
import io.cassql.bench.internal.ConnectionBench;
import io.cassql.bench.internal.FirstQueryBench;
import io.cassql.bench.internal.HeapBench;
import io.cassql.bench.internal.Log;
import io.cassql.bench.internal.LookupBench;
import io.cassql.bench.internal.MachineInfo;
import io.cassql.bench.internal.MarkdownTable;
import io.cassql.bench.internal.PlanSharingBench;
import io.cassql.bench.internal.Report;
import io.cassql.bench.internal.Samples;
import io.cassql.bench.internal.ScanBench;
import io.cassql.bench.internal.StatementBench;
import io.cassql.bench.internal.TpchBench;
import io.cassql.bench.internal.TpchLoader;
import java.util.Locale;
import java.util.Map;

/**
 * Entry point of {@code bench/run.sh}: starts an embedded Cassandra node, loads TPC-H data, runs
 * the sections and prints a table of ratios (also written to {@code
 * bench/target/bench-results.md}).
 */
public final class BenchMain {
  private BenchMain() {}

  public static void main(String[] args) throws Exception {
    BenchOptions o;
    try {
      o = BenchOptions.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.exit(2);
      return;
    }
    long start = System.nanoTime();
    Report report = new Report();
    report.preamble("Machine: " + MachineInfo.describe());
    report.preamble(
        "Harness: plain Java (no JMH): "
            + o.warmups()
            + " warm-up runs, then "
            + o.runs()
            + " measured runs per measurement; medians with min–max");
    report.preamble(
        "Options: scale "
            + o.scale()
            + ", TPC-H scales "
            + o.tpchScales()
            + ", scanParallelism "
            + o.scanParallelism()
            + ", "
            + o.lookups()
            + " lookups per run, heap rows "
            + o.heapRows());
    Log.step("starting the embedded Cassandra node in " + o.directory().resolve("bench-cassandra"));
    try (BenchCluster cluster =
        BenchCluster.start(o.directory().resolve("bench-cassandra"), o.nodeHeap())) {
      Log.step(
          "node up at "
              + cluster.host()
              + ":"
              + cluster.port()
              + "; loading TPC-H SF "
              + o.scale());
      long t0 = System.nanoTime();
      Map<String, Long> counts = TpchLoader.loadCassandra(cluster.session(), "tpch", o.scale());
      double seconds = (System.nanoTime() - t0) / 1e9;
      long total = counts.values().stream().mapToLong(Long::longValue).sum();
      MarkdownTable data = new MarkdownTable("Table", "Rows");
      counts.forEach(
          (table, rows) -> data.row("tpch." + table, String.format(Locale.ROOT, "%,d", rows)));
      report.section(
          "Data: TPC-H scale factor " + o.scale() + " (io.trino.tpch dbgen port)",
          String.format(
              Locale.ROOT,
              "Loaded %,d rows in %.1f s (%,.0f rows/s) through the raw driver: prepared "
                  + "INSERTs, one unlogged batch per partition, 32 requests in flight, timed-out writes retried.",
              total,
              seconds,
              total / seconds),
          data);
      Samples sqlPrepared = null;
      if (o.runs("scan")) {
        ScanBench.run(cluster, o, report);
      }
      if (o.runs("lookup")) {
        sqlPrepared = LookupBench.run(cluster, o, report).get("sql");
      }
      if (o.runs("statements")) {
        StatementBench.run(cluster, o, report, sqlPrepared);
      }
      if (o.runs("connections")) {
        ConnectionBench.run(cluster, o, report);
      }
      if (o.runs("firstquery")) {
        FirstQueryBench.run(cluster, o, report);
      }
      if (o.runs("cli")) {
        CliBench.run(cluster, o, report);
      }
      if (o.runs("plans")) {
        PlanSharingBench.run(cluster, o, report);
      }
      if (o.runs("tpch")) {
        TpchBench.run(cluster, o, report);
      }
      if (o.runs("heap") && o.heapRows() > 0) {
        HeapBench.run(cluster, o, report);
      }
      Log.step("stopping the node");
    }
    report.preamble(
        String.format(
            Locale.ROOT,
            "Total run time: %.1f min (checksum %d)",
            (System.nanoTime() - start) / 6e10,
            Blackhole.value() & 0xffff));
    report.finish(o.directory().resolve("bench-results.md"));
    Log.step("done");
    System.exit(0);
  }
}
