package io.cassql.sql.exec;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The memory account of one running SQL-mode query: the rows its in-memory operators keep (sorts,
 * hash-join build sides, aggregates' groups, windows, set operations), estimated by {@link
 * RowSize}, against the query's budget ({@code maxQueryMemory}). The thread running the query
 * charges it; the heap guard reads it from another thread to pick the query to stop.
 */
public final class QueryMemory {
  private final long budget;
  private final String setting;
  private final long heapLimit;
  private final long startedNanos = System.nanoTime();
  private final AtomicLong total = new AtomicLong();
  private final List<Operator> operators = new ArrayList<>();

  /**
   * An account with a budget of {@code budget} bytes (0 = none), {@code setting} the text it was
   * given as (for messages), {@code heapLimit} the JVM's heap limit.
   */
  public QueryMemory(long budget, String setting, long heapLimit) {
    this.budget = budget;
    this.setting = setting;
    this.heapLimit = heapLimit;
  }

  /** An account without a budget (plans run outside a connection, tests). */
  public static QueryMemory unlimited() {
    return new QueryMemory(0, "none", MemoryBudget.heapLimit());
  }

  /** The budget in bytes (0 = none). */
  public long budget() {
    return budget;
  }

  /** The bytes of rows kept so far by all the query's operators. */
  public long total() {
    return total.get();
  }

  /** When the query started ({@link System#nanoTime()}). */
  long startedNanos() {
    return startedNanos;
  }

  /** Whether the plan has an operator that keeps rows in memory. */
  public boolean materializes() {
    synchronized (operators) {
      return !operators.isEmpty();
    }
  }

  /**
   * Registers the in-memory operators a plan has, before it runs: some operators keep their rows
   * while the plan is bound, before their meters are reached, and the heap guard must know the
   * query keeps rows from its start.
   */
  public void planned(List<String> labels) {
    synchronized (operators) {
      for (String label : labels) {
        Operator o = new Operator(label);
        o.claimed = false;
        operators.add(o);
      }
    }
  }

  /**
   * The account of one in-memory operator of the plan ({@code label} says which, for messages): the
   * one {@link #planned} registered under that label, else a new one.
   */
  public Operator operator(String label) {
    synchronized (operators) {
      for (Operator o : operators) {
        if (!o.claimed && o.label.equals(label)) {
          o.claimed = true;
          return o;
        }
      }
      Operator o = new Operator(label);
      operators.add(o);
      return o;
    }
  }

  /**
   * The plan's in-memory operators with what each keeps, for a message: "its sort (ORDER BY) (about
   * 25 MB), its aggregate (GROUP BY / DISTINCT) (not counted yet)".
   */
  public String describe() {
    java.util.Map<String, Long> byLabel = new java.util.LinkedHashMap<>();
    synchronized (operators) {
      for (Operator o : operators) {
        byLabel.merge(o.label, o.bytes.get(), Long::sum);
      }
    }
    if (byLabel.isEmpty()) {
      return "no operator that keeps rows in memory";
    }
    List<String> parts = new ArrayList<>();
    byLabel.forEach(
        (label, bytes) ->
            parts.add(
                "its "
                    + label
                    + (bytes > 0
                        ? " (about " + MemoryBudget.format(bytes) + ")"
                        : " (not counted yet)")));
    return String.join(", ", parts);
  }

  /** The heap limit and the budget setting, for messages. */
  String limits() {
    return "heap limit "
        + MemoryBudget.format(heapLimit)
        + (budget > 0
            ? ", maxQueryMemory="
                + setting
                + (setting.endsWith("%") ? " = " + MemoryBudget.format(budget) : "")
            : ", maxQueryMemory=none");
  }

  /** One in-memory operator of the plan and the bytes of the rows it keeps. */
  public final class Operator {
    private final String label;
    private final AtomicLong bytes = new AtomicLong();
    private boolean claimed = true;

    private Operator(String label) {
      this.label = label;
    }

    /** The operator's label ("sort (ORDER BY)", say). */
    public String label() {
      return label;
    }

    /** The bytes charged to this operator so far. */
    public long bytes() {
      return bytes.get();
    }

    /**
     * Charges a row of {@code rowBytes} kept by this operator; past the budget, a {@link
     * QueryMemoryException} naming the operator and the limits.
     */
    public void charge(long rowBytes) {
      bytes.addAndGet(rowBytes);
      long now = total.addAndGet(rowBytes);
      if (budget > 0 && now > budget) {
        throw new QueryMemoryException(
            "the query needs more memory than it may take: its "
                + label
                + " keeps about "
                + MemoryBudget.format(now)
                + " of rows in memory, over its budget ("
                + limits()
                + "); narrow the query (WHERE, LIMIT, fewer columns) or raise maxQueryMemory"
                + " or the heap (-Xmx)");
      }
    }
  }
}
