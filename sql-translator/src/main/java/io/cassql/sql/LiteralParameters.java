package io.cassql.sql;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.sql.SqlBasicCall;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlCharStringLiteral;
import org.apache.calcite.sql.SqlDynamicParam;
import org.apache.calcite.sql.SqlJoin;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlNumericLiteral;
import org.apache.calcite.sql.SqlOrderBy;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.SqlWith;
import org.apache.calcite.sql.SqlWithItem;
import org.apache.calcite.sql.parser.SqlParseException;
import org.apache.calcite.sql.parser.SqlParser;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.type.SqlTypeFactoryImpl;
import org.apache.calcite.sql.type.SqlTypeName;
import org.apache.calcite.sql.util.SqlBasicVisitor;
import org.apache.calcite.util.NlsString;

/**
 * Turns the literals of a query's conditions into typed parameters, so that texts differing only in
 * those literals share one plan: {@code WHERE id = 42} becomes {@code WHERE id = CAST(? AS
 * INTEGER)} with 42 recorded. Only a literal compared ({@code = <> < <= > >= BETWEEN}) with a
 * non-literal in a WHERE, HAVING or ON condition is replaced, and the {@code CAST} keeps the
 * literal's own SQL type (precision and scale included), so validation, type coercion and results
 * are those of the original text. Select lists, LIMIT/OFFSET/FETCH, ordinals, CAST operands,
 * INTERVALs, LIKE patterns, IN lists, date/time/boolean literals and strings that read as numbers,
 * dates or booleans stay as written.
 */
public final class LiteralParameters {
  /** Comparisons whose literal operands are replaced. */
  private static final Set<SqlKind> COMPARISONS =
      Set.of(
          SqlKind.EQUALS,
          SqlKind.NOT_EQUALS,
          SqlKind.LESS_THAN,
          SqlKind.LESS_THAN_OR_EQUAL,
          SqlKind.GREATER_THAN,
          SqlKind.GREATER_THAN_OR_EQUAL,
          SqlKind.BETWEEN);

  /** Text that another type could read (a number, a date or time, a boolean): left as a literal. */
  private static final Pattern NOT_PLAIN_TEXT =
      Pattern.compile("(?is)\\s*([-+]?[0-9.].*|true|false|unknown|[-+]?(infinity|nan))\\s*");

  private static final RelDataTypeFactory TYPES = new SqlTypeFactoryImpl(CasSqlTypeSystem.INSTANCE);

  private LiteralParameters() {}

  /** A literal taken out of the text: its value and its {@link Types} code. */
  public record Value(Object value, int jdbcType) {}

  /**
   * The text with its replaceable literals turned into {@code CAST(? AS type)}, and their values in
   * parameter order; {@code values} is empty (and {@code text} the original) when nothing was
   * replaced.
   */
  public record Parameterized(String text, List<Value> values) {
    /** Whether any literal was replaced. */
    public boolean changed() {
      return !values.isEmpty();
    }

    /** Sets the values as the parameters of a statement prepared from {@link #text}. */
    public void bind(PreparedStatement statement) throws SQLException {
      for (int i = 0; i < values.size(); i++) {
        Value v = values.get(i);
        switch (v.jdbcType()) {
          case Types.INTEGER -> statement.setInt(i + 1, (Integer) v.value());
          case Types.BIGINT -> statement.setLong(i + 1, (Long) v.value());
          case Types.DECIMAL -> statement.setBigDecimal(i + 1, (BigDecimal) v.value());
          case Types.DOUBLE -> statement.setDouble(i + 1, (Double) v.value());
          default -> statement.setString(i + 1, (String) v.value());
        }
      }
    }
  }

  /** A literal found at {@code [start, end)} of the text. */
  private record Found(int start, int end, String replacement, Value value) {}

  /**
   * The parameterized form of {@code sql}; the original text (no values) when it does not parse as
   * a single query, already has parameters, or has nothing to replace.
   */
  public static Parameterized of(String sql) {
    LiteralShapes.Scan scan = LiteralShapes.scan(sql);
    Parameterized known = LiteralShapes.fromTemplate(sql, scan);
    return known != null ? known : parse(sql, scan);
  }

  /**
   * The parameterized form of {@code sql} found by parsing it (what {@link #of} gives for a text of
   * a shape not seen before); remembered for the shape of {@code scan} when there is one.
   */
  static Parameterized parse(String sql, LiteralShapes.Scan scan) {
    Parameterized unchanged = new Parameterized(sql, List.of());
    SqlNode query;
    try {
      query = SqlParser.create(sql, SqlParsing.CONFIG).parseQuery();
    } catch (SqlParseException | RuntimeException e) {
      return unchanged;
    }
    if (sql.indexOf('?') >= 0 && hasDynamicParam(query)) {
      return unchanged;
    }
    List<Found> found = new ArrayList<>();
    if (query.getKind() != SqlKind.EXPLAIN) {
      new Finder(sql, new LineOffsets(sql), found).query(query);
    }
    found.sort(Comparator.comparingInt(Found::start));
    StringBuilder out = new StringBuilder(sql.length() + found.size() * 16);
    List<Value> values = new ArrayList<>(found.size());
    List<int[]> spans = new ArrayList<>(found.size());
    List<String> replacements = new ArrayList<>(found.size());
    int at = 0;
    for (Found f : found) {
      if (f.start() < at) {
        return unchanged; // overlapping spans: positions are not what they seem
      }
      out.append(sql, at, f.start()).append(f.replacement());
      values.add(f.value());
      spans.add(new int[] {f.start(), f.end()});
      replacements.add(f.replacement());
      at = f.end();
    }
    if (scan != null) {
      LiteralShapes.remember(scan, spans, replacements, values);
    }
    if (found.isEmpty()) {
      return unchanged;
    }
    out.append(sql, at, sql.length());
    return new Parameterized(out.toString(), List.copyOf(values));
  }

  /** Whether a string literal's text reads as a number, a date or time, or a boolean. */
  static boolean readsAsOtherType(String value) {
    return NOT_PLAIN_TEXT.matcher(value).matches();
  }

  private static boolean hasDynamicParam(SqlNode query) {
    boolean[] seen = new boolean[1];
    query.accept(
        new SqlBasicVisitor<Void>() {
          @Override
          public Void visit(SqlDynamicParam param) {
            seen[0] = true;
            return null;
          }
        });
    return seen[0];
  }

  /** Walks queries and their conditions, collecting the replaceable literals. */
  private static final class Finder {
    private final String sql;
    private final LineOffsets lines;
    private final List<Found> found;

    Finder(String sql, LineOffsets lines, List<Found> found) {
      this.sql = sql;
      this.lines = lines;
      this.found = found;
    }

    /** A query: its FROM (joins, subqueries), WHERE and HAVING; never its select list. */
    void query(SqlNode node) {
      if (node == null) {
        return;
      }
      if (node instanceof SqlSelect select) {
        from(select.getFrom());
        condition(select.getWhere());
        condition(select.getHaving());
      } else if (node instanceof SqlOrderBy orderBy) {
        query(orderBy.query);
      } else if (node instanceof SqlWith with) {
        for (SqlNode item : with.withList) {
          query(((SqlWithItem) item).query);
        }
        query(with.body);
      } else if (node instanceof SqlCall call
          && (call.getKind() == SqlKind.UNION
              || call.getKind() == SqlKind.INTERSECT
              || call.getKind() == SqlKind.EXCEPT)) {
        for (SqlNode operand : call.getOperandList()) {
          query(operand);
        }
      }
    }

    private void from(SqlNode node) {
      if (node instanceof SqlJoin join) {
        from(join.getLeft());
        from(join.getRight());
        condition(join.getCondition());
      } else if (node instanceof SqlCall call && call.getKind() == SqlKind.AS) {
        from(call.operand(0));
      } else {
        query(node);
      }
    }

    /** A condition: literals compared with non-literals are replaced; subqueries are walked. */
    private void condition(SqlNode node) {
      if (node instanceof SqlNodeList list) {
        for (SqlNode item : list) {
          condition(item);
        }
        return;
      }
      if (!(node instanceof SqlCall call)) {
        return;
      }
      if (node instanceof SqlSelect
          || node instanceof SqlOrderBy
          || node instanceof SqlWith
          || call.getKind() == SqlKind.UNION
          || call.getKind() == SqlKind.INTERSECT
          || call.getKind() == SqlKind.EXCEPT) {
        query(node);
        return;
      }
      if (call.getKind() == SqlKind.IN || call.getKind() == SqlKind.NOT_IN) {
        for (SqlNode operand : call.getOperandList()) {
          if (!(operand instanceof SqlNodeList)) {
            condition(operand);
          }
        }
        return;
      }
      boolean comparison = call instanceof SqlBasicCall && COMPARISONS.contains(call.getKind());
      boolean againstExpression =
          comparison
              && call.getOperandList().stream()
                  .anyMatch(o -> o != null && !(o instanceof SqlLiteral));
      for (SqlNode operand : call.getOperandList()) {
        if (operand instanceof SqlLiteral literal) {
          if (againstExpression) {
            replace(literal);
          }
        } else {
          condition(operand);
        }
      }
    }

    private void replace(SqlLiteral literal) {
      SqlParserPos pos = literal.getParserPosition();
      int start = lines.offset(pos.getLineNum(), pos.getColumnNum());
      int end = lines.offset(pos.getEndLineNum(), pos.getEndColumnNum()) + 1;
      if (start < 0 || end <= start || end > sql.length()) {
        return;
      }
      String written = sql.substring(start, end);
      Found f =
          literal instanceof SqlNumericLiteral n
              ? number(n, written, start, end)
              : literal instanceof SqlCharStringLiteral s ? string(s, written, start, end) : null;
      if (f != null) {
        found.add(f);
      }
    }

    private static Found number(SqlNumericLiteral literal, String written, int start, int end) {
      BigDecimal value = literal.getValueAs(BigDecimal.class);
      BigDecimal read;
      try {
        read = new BigDecimal(written.strip());
      } catch (NumberFormatException e) {
        return null;
      }
      if (read.compareTo(value) != 0) {
        return null;
      }
      RelDataType type = literal.createSqlType(TYPES);
      return switch (type.getSqlTypeName()) {
        case INTEGER ->
            new Found(
                start, end, "CAST(? AS INTEGER)", new Value(value.intValueExact(), Types.INTEGER));
        case BIGINT ->
            new Found(
                start, end, "CAST(? AS BIGINT)", new Value(value.longValueExact(), Types.BIGINT));
        case DECIMAL ->
            type.getPrecision() > TYPES.getTypeSystem().getMaxNumericPrecision()
                ? null
                : new Found(
                    start,
                    end,
                    "CAST(? AS DECIMAL(" + type.getPrecision() + ", " + type.getScale() + "))",
                    new Value(value, Types.DECIMAL));
        case DOUBLE ->
            new Found(
                start, end, "CAST(? AS DOUBLE)", new Value(value.doubleValue(), Types.DOUBLE));
        default -> null;
      };
    }

    private static Found string(SqlCharStringLiteral literal, String written, int start, int end) {
      if (literal.getTypeName() != SqlTypeName.CHAR
          || !written.startsWith("'")
          || !written.endsWith("'")
          || written.length() < 3) {
        return null;
      }
      String value = literal.getValueAs(NlsString.class).getValue();
      if (!written.substring(1, written.length() - 1).replace("''", "'").equals(value)
          || NOT_PLAIN_TEXT.matcher(value).matches()
          || value.isBlank()) {
        return null;
      }
      return new Found(
          start, end, "CAST(? AS CHAR(" + value.length() + "))", new Value(value, Types.CHAR));
    }
  }

  /**
   * Offsets of the lines of a text, counted as the parser counts them (LF, CR LF or CR end a line).
   */
  private static final class LineOffsets {
    private final List<Integer> starts = new ArrayList<>();

    LineOffsets(String sql) {
      starts.add(0);
      for (int i = 0; i < sql.length(); i++) {
        char c = sql.charAt(i);
        if (c == '\n' || (c == '\r' && (i + 1 >= sql.length() || sql.charAt(i + 1) != '\n'))) {
          starts.add(i + 1);
        }
      }
    }

    /** The offset of 1-based {@code line} and {@code column}, or -1. */
    int offset(int line, int column) {
      return line < 1 || line > starts.size() || column < 1
          ? -1
          : starts.get(line - 1) + column - 1;
    }
  }
}
