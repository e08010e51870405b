package io.cassql.schema.types;

/** A value that cannot become a value of a CQL type; {@link #outOfRange()} when it is too large. */
public final class ValueConversionException extends IllegalArgumentException {
  private final boolean outOfRange;

  public ValueConversionException(String message, boolean outOfRange) {
    super(message);
    this.outOfRange = outOfRange;
  }

  /** True when the value is a number outside the target type's range. */
  public boolean outOfRange() {
    return outOfRange;
  }
}
