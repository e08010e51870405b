package io.cassql.sql.engine;

/** A table reference that breaks SQL mode's naming rules (see {@code TableNameCheck}). */
public final class TableNameException extends RuntimeException {
  private final boolean ambiguous;

  TableNameException(String message) {
    super(message, null, false, false);
    this.ambiguous = message.contains("ambiguous");
  }

  /** Whether the name matches several tables (42000) rather than none (42S02). */
  public boolean ambiguous() {
    return ambiguous;
  }
}
