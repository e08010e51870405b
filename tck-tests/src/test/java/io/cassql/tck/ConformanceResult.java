package io.cassql.tck;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A query's result read for comparison between CasSQL and H2: its columns (label and type category)
 * and its rows of normalized values (exact numbers as {@link BigDecimal}, approximate ones as
 * {@link Double} or {@link Float}, everything else as text).
 */
record ConformanceResult(List<Column> columns, List<List<Object>> rows) {
  /** Relative tolerance of a comparison with a DOUBLE value. */
  static final double DOUBLE_TOLERANCE = 1e-9;

  /** Relative tolerance of a comparison with a REAL (float) value. */
  static final double REAL_TOLERANCE = 1e-6;

  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  /**
   * The JDBC type categories compared; precision, scale and the exact type within one may differ.
   */
  enum Category {
    EXACT_NUMERIC,
    APPROXIMATE_NUMERIC,
    CHARACTER,
    DATE,
    TIME,
    TIMESTAMP,
    BOOLEAN,
    BINARY,
    OTHER;

    /**
     * The category of a column; H2's DECFLOAT (its SUM and AVG of a DOUBLE, a DOUBLE mixed with a
     * DECIMAL) is a decimal floating point, approximate; its UUID (reported as BINARY) is OTHER.
     */
    static Category of(int jdbcType, String typeName) {
      if ("DECFLOAT".equalsIgnoreCase(typeName)) {
        return APPROXIMATE_NUMERIC;
      }
      if ("UUID".equalsIgnoreCase(typeName)) {
        return OTHER;
      }
      return switch (jdbcType) {
        case Types.TINYINT,
            Types.SMALLINT,
            Types.INTEGER,
            Types.BIGINT,
            Types.DECIMAL,
            Types.NUMERIC ->
            EXACT_NUMERIC;
        case Types.REAL, Types.FLOAT, Types.DOUBLE -> APPROXIMATE_NUMERIC;
        case Types.CHAR,
            Types.VARCHAR,
            Types.LONGVARCHAR,
            Types.NCHAR,
            Types.NVARCHAR,
            Types.LONGNVARCHAR,
            Types.CLOB,
            Types.NCLOB ->
            CHARACTER;
        case Types.DATE -> DATE;
        case Types.TIME, Types.TIME_WITH_TIMEZONE -> TIME;
        case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> TIMESTAMP;
        case Types.BOOLEAN, Types.BIT -> BOOLEAN;
        case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> BINARY;
        default -> OTHER;
      };
    }
  }

  /** One column of a result: its label, whether that label is a plain identifier, its category. */
  record Column(String label, Category category) {
    /**
     * An expression's label is the engine's own choice (H2: the expression's text, Calcite:
     * EXPR$n).
     */
    boolean named() {
      return IDENTIFIER.matcher(label).matches();
    }

    @Override
    public String toString() {
      return label + ":" + category;
    }
  }

  /** Runs {@code sql} on {@code c} and reads every row. */
  static ConformanceResult read(Connection c, String sql) throws SQLException {
    // CasSQL's timestamps are instants (stored from H2's wall-clock values read as UTC): compared
    // as
    // UTC wall-clock time, whatever the JVM's zone; H2's TIMESTAMP is wall-clock time already
    boolean instants = c.isWrapperFor(io.cassql.jdbc.CasSqlConnection.class);
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      ResultSetMetaData md = rs.getMetaData();
      int n = md.getColumnCount();
      List<Column> columns = new ArrayList<>();
      for (int i = 1; i <= n; i++) {
        columns.add(
            new Column(
                md.getColumnLabel(i), Category.of(md.getColumnType(i), md.getColumnTypeName(i))));
      }
      List<List<Object>> rows = new ArrayList<>();
      while (rs.next()) {
        List<Object> row = new ArrayList<>(n);
        for (int i = 1; i <= n; i++) {
          Object v = rs.getObject(i);
          if (instants && v instanceof Timestamp t) {
            v = t.toInstant().atOffset(ZoneOffset.UTC).toLocalDateTime();
          }
          row.add(normalize(v));
        }
        rows.add(row);
      }
      return new ConformanceResult(columns, rows);
    }
  }

  /** A value as compared: numbers kept as numbers, dates and times as ISO text, bytes as hex. */
  static Object normalize(Object v) {
    if (v == null || v instanceof Double || v instanceof Float) {
      return v;
    }
    if (v instanceof BigDecimal d) {
      return d.signum() == 0 ? BigDecimal.ZERO : d.stripTrailingZeros();
    }
    if (v instanceof Long
        || v instanceof Integer
        || v instanceof Short
        || v instanceof Byte
        || v instanceof BigInteger) {
      return normalize(new BigDecimal(v.toString()));
    }
    if (v instanceof byte[] b) {
      return "0x" + HexFormat.of().formatHex(b);
    }
    if (v instanceof Timestamp t) {
      return t.toLocalDateTime().toString();
    }
    if (v instanceof LocalDateTime t) {
      return t.toString();
    }
    return v.toString();
  }

  /**
   * A row as text: exact numbers in plain notation without trailing zeros, doubles as Java prints
   * them.
   */
  static String render(List<Object> row) {
    StringBuilder sb = new StringBuilder();
    for (Object v : row) {
      sb.append(sb.isEmpty() ? "" : " | ")
          .append(v instanceof BigDecimal d ? d.toPlainString() : String.valueOf(v));
    }
    return sb.toString();
  }

  static List<String> render(List<List<Object>> rows, boolean sorted) {
    List<String> out = new ArrayList<>(rows.size());
    rows.forEach(r -> out.add(render(r)));
    if (sorted) {
      out.sort(null);
    }
    return out;
  }

  /**
   * Whether two values are equal: exact numbers by value (1.50 = 1.5), an approximate number within
   * the relative tolerance of its type (1e-9 for DOUBLE, 1e-6 when either side is REAL), other
   * values by their text.
   */
  static boolean same(Object a, Object b) {
    if (a == null || b == null) {
      return a == b;
    }
    if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
      return x.compareTo(y) == 0;
    }
    if (a instanceof Number x && b instanceof Number y) {
      double dx = x.doubleValue();
      double dy = y.doubleValue();
      if (!Double.isFinite(dx) || !Double.isFinite(dy)) {
        return dx == dy || (Double.isNaN(dx) && Double.isNaN(dy));
      }
      double tolerance =
          a instanceof Float || b instanceof Float ? REAL_TOLERANCE : DOUBLE_TOLERANCE;
      return Math.abs(dx - dy) <= tolerance * Math.max(Math.abs(dx), Math.abs(dy));
    }
    return a.toString().equals(b.toString());
  }

  static boolean sameRow(List<Object> a, List<Object> b) {
    if (a.size() != b.size()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      if (!same(a.get(i), b.get(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether {@code actual} has the rows of {@code expected}: in the same order when {@code
   * ordered}, else as multisets (rows with the same text paired first, the rest paired by {@link
   * #same}).
   */
  static boolean sameRows(List<List<Object>> expected, List<List<Object>> actual, boolean ordered) {
    if (expected.size() != actual.size()) {
      return false;
    }
    if (ordered) {
      for (int i = 0; i < expected.size(); i++) {
        if (!sameRow(expected.get(i), actual.get(i))) {
          return false;
        }
      }
      return true;
    }
    Map<String, Deque<List<Object>>> byText = new HashMap<>();
    for (List<Object> row : actual) {
      byText.computeIfAbsent(render(row), k -> new ArrayDeque<>()).add(row);
    }
    List<List<Object>> unmatched = new ArrayList<>();
    for (List<Object> row : expected) {
      Deque<List<Object>> same = byText.get(render(row));
      if (same != null && !same.isEmpty()) {
        same.poll();
      } else {
        unmatched.add(row);
      }
    }
    List<List<Object>> left = new ArrayList<>();
    byText.values().forEach(left::addAll);
    for (List<Object> row : unmatched) {
      int match = -1;
      for (int i = 0; i < left.size() && match < 0; i++) {
        if (sameRow(row, left.get(i))) {
          match = i;
        }
      }
      if (match < 0) {
        return false;
      }
      left.remove(match);
    }
    return true;
  }
}
