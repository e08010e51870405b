package io.cassql.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The command-line options of a benchmark run, with defaults that fit ten minutes on two cores. */
public record BenchOptions(
    double scale,
    List<Double> tpchScales,
    int warmups,
    int runs,
    int lookups,
    int scanParallelism,
    long heapRows,
    int queryTimeoutSeconds,
    boolean peer,
    Set<String> sections,
    Path directory,
    String nodeHeap) {

  /** Every section, in the order they run. */
  public static final List<String> ALL_SECTIONS =
      List.of(
          "scan",
          "lookup",
          "statements",
          "connections",
          "firstquery",
          "cli",
          "plans",
          "tpch",
          "heap");

  /** The usage text. */
  public static final String USAGE =
      String.join(
          "\n",
          "bench/run.sh [options]",
          "  --scale SF             TPC-H scale factor of the lineitem scan and lookups (default 0.01)",
          "  --tpch-scales A,B      scale factors of the 22 TPC-H queries (default: the --scale value;",
          "                         e.g. 0.01,0.1 adds the growth table; several more minutes)",
          "  --warmups N            untimed runs before measuring (default 2)",
          "  --runs N               measured runs; the median and min-max are reported (default 5)",
          "  --lookups N            point lookups per measured run (default 500)",
          "  --scan-parallelism N   CasSQL SQL mode scanParallelism (default 8)",
          "  --heap-rows N          rows of the synthetic table scanned in a 256 MB JVM (default 300000; 1000000 as in the issue, 0 skips)",
          "  --query-timeout S      per TPC-H query limit in seconds; slower queries are killed and reported skipped (default 10)",
          "  --no-peer              leave out cassandra-jdbc-wrapper",
          "  --sections a,b         only these of " + String.join(",", ALL_SECTIONS),
          "  --only a,b             the same as --sections (dashes in names are ignored: first-query = firstquery)",
          "  --dir PATH             working directory for the node and the report (default bench/target)",
          "  --node-heap SIZE       heap of the Cassandra node (default 2g)");

  /** Parses {@code args}; throws IllegalArgumentException with the usage on a bad option. */
  public static BenchOptions parse(String[] args) {
    double scale = 0.01;
    List<Double> tpchScales = null;
    int warmups = 2;
    int runs = 5;
    int lookups = 500;
    int parallelism = 8;
    long heapRows = 300_000;
    int timeout = 10;
    boolean peer = true;
    Set<String> sections = Set.copyOf(ALL_SECTIONS);
    Path dir = Path.of(System.getProperty("bench.dir", "target"));
    String nodeHeap = "2g";
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      switch (a) {
        case "--scale" -> scale = Double.parseDouble(value(args, ++i, a));
        case "--tpch-scales" -> {
          tpchScales = new ArrayList<>();
          for (String s : value(args, ++i, a).split(",")) {
            tpchScales.add(Double.parseDouble(s.trim()));
          }
        }
        case "--warmups" -> warmups = Integer.parseInt(value(args, ++i, a));
        case "--runs" -> runs = Integer.parseInt(value(args, ++i, a));
        case "--lookups" -> lookups = Integer.parseInt(value(args, ++i, a));
        case "--scan-parallelism" -> parallelism = Integer.parseInt(value(args, ++i, a));
        case "--heap-rows" -> heapRows = Long.parseLong(value(args, ++i, a));
        case "--query-timeout" -> timeout = Integer.parseInt(value(args, ++i, a));
        case "--no-peer" -> peer = false;
        case "--sections", "--only" -> sections = sections(value(args, ++i, a));
        case "--dir" -> dir = Path.of(value(args, ++i, a));
        case "--node-heap" -> nodeHeap = value(args, ++i, a);
        case "--help", "-h" -> throw new IllegalArgumentException(USAGE);
        default -> throw new IllegalArgumentException("unknown option " + a + "\n" + USAGE);
      }
    }
    if (runs < 1 || warmups < 0 || lookups < 1 || scale <= 0) {
      throw new IllegalArgumentException("runs and lookups must be positive, scale > 0\n" + USAGE);
    }
    return new BenchOptions(
        scale,
        tpchScales == null ? List.of(scale) : List.copyOf(tpchScales),
        warmups,
        runs,
        lookups,
        parallelism,
        heapRows,
        timeout,
        peer,
        sections,
        dir,
        nodeHeap);
  }

  private static Set<String> sections(String list) {
    Set<String> s = new java.util.LinkedHashSet<>();
    for (String name : list.split(",")) {
      String n = name.trim().toLowerCase(Locale.ROOT).replace("-", "");
      if (!ALL_SECTIONS.contains(n)) {
        throw new IllegalArgumentException("unknown section " + n + "\n" + USAGE);
      }
      s.add(n);
    }
    return s;
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length) {
      throw new IllegalArgumentException(option + " needs a value\n" + USAGE);
    }
    return args[i];
  }

  /** Whether a section runs. */
  public boolean runs(String section) {
    return sections.contains(section);
  }

  /** The keyspace holding TPC-H data at {@code sf}: {@code tpch} for the main scale. */
  public String keyspace(double sf) {
    return sf == scale ? "tpch" : "tpch_sf" + String.valueOf(sf).replace('.', '_');
  }
}
