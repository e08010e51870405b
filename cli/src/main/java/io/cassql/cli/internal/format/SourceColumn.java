package io.cassql.cli.internal.format;

import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One column of a source result set as the driver describes it: label, {@link java.sql.Types} code,
 * type name, precision and scale, and whether its text values are JSON (collections, tuples, UDTs
 * and vectors in CQL mode).
 */
public record SourceColumn(
    String label, int jdbcType, String typeName, int precision, int scale, boolean json) {

  /** Text types whose values are plain text, never JSON. */
  private static final Set<String> PLAIN_TEXT =
      Set.of(
          "ascii",
          "text",
          "varchar",
          "inet",
          "duration",
          "char",
          "character",
          "character varying",
          "longvarchar",
          "nvarchar",
          "nchar",
          "clob",
          "json");

  /** The columns of a result set, with labels made unique ({@code a}, {@code a_2}, ...). */
  public static List<SourceColumn> of(ResultSetMetaData md) throws SQLException {
    int n = md.getColumnCount();
    List<SourceColumn> columns = new ArrayList<>(n);
    Set<String> seen = new HashSet<>();
    for (int i = 1; i <= n; i++) {
      String label = md.getColumnLabel(i);
      String unique = label;
      for (int k = 2; !seen.add(unique.toLowerCase(Locale.ROOT)); k++) {
        unique = label + "_" + k;
      }
      int type = md.getColumnType(i);
      String typeName = md.getColumnTypeName(i) == null ? "" : md.getColumnTypeName(i);
      boolean json =
          (type == Types.VARCHAR || type == Types.LONGVARCHAR)
              && !typeName.isEmpty()
              && !PLAIN_TEXT.contains(typeName.toLowerCase(Locale.ROOT));
      columns.add(
          new SourceColumn(unique, type, typeName, md.getPrecision(i), md.getScale(i), json));
    }
    return columns;
  }

  /** Whether the type name is Cassandra's {@code uuid} or {@code timeuuid}. */
  public boolean isUuid() {
    String t = typeName.toLowerCase(Locale.ROOT);
    return t.equals("uuid") || t.equals("timeuuid");
  }
}
