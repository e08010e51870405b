package io.cassql.sql.exec;

import org.apache.calcite.DataContext;
import org.apache.calcite.linq4j.AbstractEnumerable;
import org.apache.calcite.linq4j.Enumerable;
import org.apache.calcite.linq4j.Enumerator;

/**
 * The rows flowing into (or out of) an in-memory operator, each charged to the query's {@link
 * QueryMemory} as it passes: a query whose operators keep more than its budget fails in the row
 * that crosses it, before the heap fills. Generated code calls {@link #meter} where the planner put
 * a memory meter.
 */
public final class MeteredRows {
  private MeteredRows() {}

  /**
   * {@code input}, its rows charged to the {@code operator} of the query running in {@code
   * context}.
   */
  public static <T> Enumerable<T> meter(DataContext context, String operator, Enumerable<T> input) {
    QueryControl control = QueryControl.of(context);
    QueryMemory.Operator account = control.memory().operator(operator);
    return new AbstractEnumerable<>() {
      @Override
      public Enumerator<T> enumerator() {
        return new Metered<>(input.enumerator(), account, control);
      }
    };
  }

  /**
   * {@code input}, each row checked for a stop of the query running in {@code context} (its cancel
   * flag): put under an operator whose rows are only counted once it hands them on (an aggregate),
   * so that the heap guard's stop takes effect within a row of its input.
   */
  public static <T> Enumerable<T> checked(DataContext context, Enumerable<T> input) {
    QueryControl control = QueryControl.of(context);
    return new AbstractEnumerable<>() {
      @Override
      public Enumerator<T> enumerator() {
        return new Metered<>(input.enumerator(), null, control);
      }
    };
  }

  /** An enumerator that checks for a stop on each row and charges it (when it has an account). */
  private static final class Metered<T> implements Enumerator<T> {
    private final Enumerator<T> rows;
    private final QueryMemory.Operator account;
    private final QueryControl control;

    Metered(Enumerator<T> rows, QueryMemory.Operator account, QueryControl control) {
      this.rows = rows;
      this.account = account;
      this.control = control;
    }

    @Override
    public T current() {
      return rows.current();
    }

    @Override
    public boolean moveNext() {
      if (control.isCanceled()) {
        control.check();
      }
      if (!rows.moveNext()) {
        return false;
      }
      if (account != null) {
        account.charge(RowSize.of(rows.current()));
      }
      return true;
    }

    @Override
    public void reset() {
      rows.reset();
    }

    @Override
    public void close() {
      rows.close();
    }
  }
}
