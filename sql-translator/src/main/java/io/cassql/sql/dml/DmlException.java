package io.cassql.sql.dml;

/** A DML statement that cannot become CQL; {@link #kind()} says why, for the SQLSTATE. */
public final class DmlException extends RuntimeException {
  /** Why a statement was refused. */
  public enum Kind {
    SYNTAX,
    UNKNOWN_TABLE,
    UNKNOWN_COLUMN,
    NOT_BY_PRIMARY_KEY,
    UNSUPPORTED
  }

  private final Kind kind;

  public DmlException(Kind kind, String message) {
    super(message);
    this.kind = kind;
  }

  public Kind kind() {
    return kind;
  }
}
