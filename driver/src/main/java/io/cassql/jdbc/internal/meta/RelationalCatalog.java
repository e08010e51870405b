package io.cassql.jdbc.internal.meta;

import com.datastax.oss.driver.api.core.metadata.Metadata;
import io.cassql.jdbc.internal.auth.ReadableTables;
import io.cassql.relational.RelationalKeyspace;
import io.cassql.relational.RelationalModel;
import io.cassql.relational.RelationalTable;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The tables {@code DatabaseMetaData} lists: the {@link RelationalModel} of the connection's mode
 * over the driver's schema metadata (no query per table), filtered by JDBC name patterns and by
 * what the connected role may read. The shape of tables and columns is the model's, shared with SQL
 * mode's planner; only the permission filter is particular to metadata (SQL mode keeps unreadable
 * tables visible to the planner so that a query of one answers 42000).
 */
final class RelationalCatalog {
  private final Metadata metadata;
  private final RelationalModel model;
  private final Permissions readable;

  /** Where the role's permissions come from (read again when the cached answer is too old). */
  @FunctionalInterface
  interface Permissions {
    ReadableTables get() throws SQLException;
  }

  RelationalCatalog(Metadata metadata, RelationalModel model, Permissions readable) {
    this.metadata = metadata;
    this.model = model;
    this.readable = readable;
  }

  /** Keyspace names matching a JDBC LIKE pattern (null = any) that the role may read, sorted. */
  List<String> keyspaces(String pattern) throws SQLException {
    ReadableTables may = readable.get();
    Pattern p = like(pattern);
    return metadata.getKeyspaces().values().stream()
        .map(k -> k.getName().asInternal())
        .filter(n -> p.matcher(n).matches() && may.keyspace(n))
        .sorted()
        .toList();
  }

  /** Tables matching the patterns that the role may read, in JDBC's order (type, schema, name). */
  List<RelationalTable> tables(String keyspacePattern, String tablePattern) throws SQLException {
    ReadableTables may = readable.get();
    Pattern k = like(keyspacePattern);
    Pattern t = like(tablePattern);
    List<RelationalTable> out = new ArrayList<>();
    for (var ks : metadata.getKeyspaces().values()) {
      String name = ks.getName().asInternal();
      if (!k.matcher(name).matches() || !may.keyspace(name)) {
        continue;
      }
      RelationalKeyspace relational = model.keyspace(ks, may);
      relational.tables().stream().filter(x -> t.matcher(x.name()).matches()).forEach(out::add);
    }
    out.sort(
        Comparator.comparing(RelationalTable::tableType)
            .thenComparing(RelationalTable::keyspace)
            .thenComparing(RelationalTable::name));
    return out;
  }

  /**
   * A JDBC LIKE pattern ({@code %}, {@code _}, backslash escape) as a regular expression; null =
   * any.
   */
  static Pattern like(String pattern) {
    if (pattern == null) {
      return Pattern.compile(".*", Pattern.DOTALL);
    }
    StringBuilder re = new StringBuilder();
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '\\' && i + 1 < pattern.length()) {
        re.append(Pattern.quote(String.valueOf(pattern.charAt(++i))));
      } else if (c == '%') {
        re.append(".*");
      } else if (c == '_') {
        re.append('.');
      } else {
        re.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return Pattern.compile(re.toString(), Pattern.DOTALL);
  }
}
