package io.cassql.sql.pushdown;

/** The comparisons a CQL WHERE clause can hold on key columns. */
public enum ComparisonOp {
  EQ("="),
  IN("IN"),
  LT("<"),
  LE("<="),
  GT(">"),
  GE(">=");

  private final String cql;

  ComparisonOp(String cql) {
    this.cql = cql;
  }

  /** The CQL operator. */
  public String cql() {
    return cql;
  }

  /** Whether this is a range bound. */
  public boolean isRange() {
    return this == LT || this == LE || this == GT || this == GE;
  }

  /** Whether this is a lower bound ({@code >}, {@code >=}). */
  public boolean isLower() {
    return this == GT || this == GE;
  }

  /** The same comparison with its operands swapped ({@code 5 < x} is {@code x > 5}). */
  public ComparisonOp flip() {
    return switch (this) {
      case LT -> GT;
      case LE -> GE;
      case GT -> LT;
      case GE -> LE;
      default -> this;
    };
  }
}
