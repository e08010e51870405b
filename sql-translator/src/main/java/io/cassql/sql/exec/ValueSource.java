package io.cassql.sql.exec;

import java.io.Serializable;

/**
 * Where a value bound into pushed CQL comes from: a literal of the SQL text or a {@code ?}
 * parameter.
 */
public sealed interface ValueSource extends Serializable {

  /**
   * A literal, kept as a plain Java value (String, BigDecimal, Boolean, Long epoch millis, ...).
   */
  record Literal(Serializable value) implements ValueSource {}

  /** The {@code index}-th (0-based) dynamic parameter of the statement. */
  record Param(int index) implements ValueSource {}

  /** A one-element collection holding {@code element} (to add to or remove from a list or set). */
  record Element(ValueSource element) implements ValueSource {}
}
