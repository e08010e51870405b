package io.cassql.sql.pushdown;

import java.io.Serializable;
import java.util.List;

/**
 * One conjunct of a WHERE clause in the form {@code column op value} (or {@code column IN
 * (values)}); {@code conjunct} is its position among the conjuncts, {@code V} how a value is given
 * (a literal, a parameter, ...).
 */
public record ColumnPredicate<V extends Serializable>(
    int conjunct, String column, ComparisonOp op, List<V> values) implements Serializable {

  public ColumnPredicate {
    values = List.copyOf(values);
  }
}
