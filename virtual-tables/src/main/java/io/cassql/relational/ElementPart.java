package io.cassql.relational;

/**
 * What a column of a virtual table reads: a key column of the base table, or a part of one element
 * of the collection (a list's 0-based index, a map's key, the element's value).
 */
public enum ElementPart {
  /** A primary-key column of the base table (every column of a base table is one of these). */
  COLUMN,
  /** {@code <C>_index}: the 0-based position of a list element. */
  INDEX,
  /** {@code <C>_key}: the key of a map entry. */
  KEY,
  /** {@code <C>_value}: the element of a list or set, the value of a map entry. */
  VALUE;

  /**
   * The column name of this part of collection {@code collection}'s elements (null for {@link
   * #COLUMN}).
   */
  public String columnName(String collection) {
    return switch (this) {
      case INDEX -> collection + "_index";
      case KEY -> collection + "_key";
      case VALUE -> collection + "_value";
      case COLUMN -> null;
    };
  }
}
