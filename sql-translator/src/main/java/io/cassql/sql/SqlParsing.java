package io.cassql.sql;

import org.apache.calcite.avatica.util.Casing;
import org.apache.calcite.avatica.util.Quoting;
import org.apache.calcite.sql.parser.SqlParser;
import org.apache.calcite.sql.validate.SqlConformanceEnum;

/**
 * The SQL dialect of SQL mode, shared by every place that parses: double-quoted, case kept,
 * lenient.
 */
public final class SqlParsing {
  /** Parser settings matching the Calcite connection's. */
  public static final SqlParser.Config CONFIG =
      SqlParser.config()
          .withQuoting(Quoting.DOUBLE_QUOTE)
          .withUnquotedCasing(Casing.UNCHANGED)
          .withQuotedCasing(Casing.UNCHANGED)
          .withCaseSensitive(false)
          .withConformance(SqlConformanceEnum.LENIENT);

  private SqlParsing() {}
}
