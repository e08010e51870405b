package io.cassql.relational;

/** The part a column plays in its table's primary key. */
public enum KeyRole {
  PARTITION,
  CLUSTERING,
  NONE;

  /** Whether the column is part of the primary key (and so never null). */
  public boolean isKey() {
    return this != NONE;
  }
}
