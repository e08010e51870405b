package io.cassql.sql.schema;

import com.datastax.oss.driver.api.core.metadata.Metadata;
import com.datastax.oss.driver.api.core.metadata.schema.KeyspaceMetadata;
import com.datastax.oss.driver.api.core.metadata.schema.TableMetadata;
import io.cassql.sql.SqlParsing;
import java.util.List;
import java.util.Optional;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlJoin;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.parser.SqlParseException;
import org.apache.calcite.sql.parser.SqlParser;
import org.apache.calcite.sql.util.SqlBasicVisitor;

/**
 * The naming rules Calcite's case-insensitive look-up cannot express: a quoted table name must
 * match exactly, and a name that matches several tables differing only in case is an error (never a
 * silent choice of one of them).
 */
public final class TableNameCheck {
  private TableNameCheck() {}

  /** A message naming the first table reference that breaks the rules, if any. */
  public static Optional<String> problem(String sql, Metadata metadata, String defaultKeyspace) {
    SqlNode node;
    try {
      node = SqlParser.create(sql, SqlParsing.CONFIG).parseQuery();
    } catch (SqlParseException e) {
      return Optional.empty();
    }
    String[] problem = new String[1];
    node.accept(
        new SqlBasicVisitor<Void>() {
          @Override
          public Void visit(SqlCall call) {
            if (call instanceof SqlSelect select
                && select.getFrom() != null
                && problem[0] == null) {
              checkFrom(select.getFrom(), metadata, defaultKeyspace, problem);
            }
            return super.visit(call);
          }
        });
    return Optional.ofNullable(problem[0]);
  }

  private static void checkFrom(
      SqlNode from, Metadata metadata, String defaultKeyspace, String[] problem) {
    if (from instanceof SqlJoin join) {
      checkFrom(join.getLeft(), metadata, defaultKeyspace, problem);
      checkFrom(join.getRight(), metadata, defaultKeyspace, problem);
    } else if (from.getKind() == SqlKind.AS) {
      checkFrom(((SqlCall) from).operand(0), metadata, defaultKeyspace, problem);
    } else if (from instanceof SqlIdentifier id && problem[0] == null) {
      problem[0] = check(id, metadata, defaultKeyspace);
    }
  }

  private static String check(SqlIdentifier id, Metadata metadata, String defaultKeyspace) {
    int n = id.names.size();
    String tableName = id.names.get(n - 1);
    boolean quoted = id.isComponentQuoted(n - 1);
    List<KeyspaceMetadata> keyspaces;
    if (n >= 2) {
      String ks = id.names.get(n - 2);
      keyspaces =
          metadata.getKeyspaces().values().stream()
              .filter(
                  k ->
                      id.isComponentQuoted(n - 2)
                          ? k.getName().asInternal().equals(ks)
                          : k.getName().asInternal().equalsIgnoreCase(ks))
              .toList();
    } else if (defaultKeyspace != null) {
      keyspaces =
          metadata.getKeyspaces().values().stream()
              .filter(k -> k.getName().asInternal().equals(defaultKeyspace))
              .toList();
    } else {
      return null;
    }
    for (KeyspaceMetadata ks : keyspaces) {
      List<String> sameIgnoringCase =
          ks.getTables().values().stream()
              .map(TableMetadata::getName)
              .map(t -> t.asInternal())
              .filter(t -> t.equalsIgnoreCase(tableName))
              .toList();
      boolean exact = sameIgnoringCase.contains(tableName);
      if (quoted && !exact && !sameIgnoringCase.isEmpty()) {
        return "table \""
            + tableName
            + "\" not found in keyspace "
            + ks.getName().asInternal()
            + ": a quoted name matches exactly (did you mean "
            + sameIgnoringCase
            + "?)";
      }
      if (sameIgnoringCase.size() > 1) {
        // Calcite's look-up ignores case for quoted names too, so it cannot tell these tables apart
        return "table name "
            + (quoted ? "\"" + tableName + "\"" : tableName)
            + " is ambiguous in keyspace "
            + ks.getName().asInternal()
            + ": it matches "
            + sameIgnoringCase
            + " (names that differ only in case), which SQL mode cannot tell apart yet; query them in CQL mode";
      }
    }
    return null;
  }
}
