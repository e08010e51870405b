package io.cassql.jdbc.internal.sql;

import io.cassql.jdbc.PlanCacheStatistics;
import io.cassql.jdbc.internal.context.ConnectionContext;
import io.cassql.jdbc.internal.error.CalciteErrorTranslator;
import io.cassql.sql.LiteralParameters;
import io.cassql.sql.LiteralParameters.Parameterized;
import io.cassql.sql.engine.PlanCache;
import io.cassql.sql.engine.QueryPlan;
import io.cassql.sql.engine.SqlEngine;
import io.cassql.sql.exec.CqlExecutor;
import io.cassql.sql.exec.MemoryBudget;
import io.cassql.sql.exec.PageResume;
import io.cassql.sql.exec.QueryControl;
import io.cassql.sql.exec.QueryMemory;
import java.sql.SQLException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.calcite.sql.parser.SqlParseException;

/**
 * The SQL-mode side of one JDBC connection: the cluster session's shared {@link SqlEngine} (plans
 * and prepared CQL shared by every connection of the session) and this connection's {@link
 * CqlExecutor} (its consistency, page size, request timeout, scan parallelism and log of pushed
 * CQL).
 */
public final class SqlSession {
  private static final int CACHED_TEXTS = 128;

  private final ConnectionContext connection;
  private final SqlEngine engine;
  private final CqlExecutor executor;
  private final long maxQueryMemory;
  private final String maxQueryMemorySetting;
  private final java.util.concurrent.atomic.AtomicLong hits =
      new java.util.concurrent.atomic.AtomicLong();

  /**
   * Texts whose parameterized form failed where the text itself may not: run as written from then
   * on.
   */
  private final Set<String> keepLiterals =
      Collections.synchronizedSet(
          Collections.newSetFromMap(
              new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                  return size() > CACHED_TEXTS;
                }
              }));

  /** Parameterized forms of recent texts: a repeated text is not parsed again. */
  private final Map<String, Parameterized> parameterized =
      Collections.synchronizedMap(
          new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Parameterized> eldest) {
              return size() > CACHED_TEXTS;
            }
          });

  public SqlSession(ConnectionContext connection, SqlEngine engine) throws SQLException {
    this.connection = connection;
    this.engine = engine;
    this.executor =
        new CqlExecutor(
            connection.session(),
            engine.preparedStatements(),
            connection.consistencyLevel(),
            connection.defaultFetchSize(),
            connection.requestTimeout(),
            connection.settings().scanParallelism(),
            new PageResume(connection.settings().readRetryWindow()));
    this.maxQueryMemory = connection.settings().maxQueryMemory();
    this.maxQueryMemorySetting =
        connection.settings().raw(io.cassql.jdbc.CasSqlProperty.MAX_QUERY_MEMORY).trim();
  }

  /** A fresh memory account for one execution, with the connection's {@code maxQueryMemory}. */
  public QueryMemory memoryAccount() {
    return new QueryMemory(maxQueryMemory, maxQueryMemorySetting, MemoryBudget.heapLimit());
  }

  /**
   * The plan of {@code sql} in the connection's keyspace: shared with every connection of the
   * session, compiled only when no connection compiled it since the schema last changed; planning
   * stops on {@code control}'s cancel or deadline.
   */
  public QueryPlan plan(String sql, QueryControl control) throws SQLException {
    long started = System.nanoTime();
    try {
      PlanCache.Lookup found = engine.lookup(sql, connection.getSchema(), control);
      if (found.cached()) {
        hits.incrementAndGet();
      }
      SqlWarmUp.planServed();
      return found.plan();
    } catch (Exception e) {
      throw CalciteErrorTranslator.translate(e);
    } finally {
      engine.addPlanningNanos(System.nanoTime() - started);
    }
  }

  /** How many plans this connection took from the session's shared cache. */
  public long connectionHits() {
    return hits.get();
  }

  /** This connection's executor, with a statement's page size ({@code 0} = the connection's). */
  public CqlExecutor executor(int fetchSize) {
    return executor.withFetchSize(fetchSize);
  }

  /**
   * The text of a plain-statement query with the literals of its conditions as typed parameters
   * (see {@link LiteralParameters}), so that texts differing only in those literals share a plan;
   * the text unchanged when that is switched off or failed for it before.
   */
  public Parameterized parameterize(String sql) {
    // -Dcassql.sql.literalParameters=false plans each literal text on its own (for comparison)
    if ("false".equalsIgnoreCase(System.getProperty("cassql.sql.literalParameters"))
        || keepLiterals.contains(sql)) {
      return new Parameterized(sql, List.of());
    }
    Parameterized p = parameterized.get(sql);
    if (p == null) {
      long started = System.nanoTime();
      p = LiteralParameters.of(sql);
      parameterized.put(sql, p);
      engine.addPlanningNanos(System.nanoTime() - started);
    }
    return keepLiterals.contains(p.text()) ? new Parameterized(sql, List.of()) : p;
  }

  /**
   * From now on runs {@code sql} (a text, or a parameterized text that failed to plan) with its
   * literals as written.
   */
  public void keepLiterals(String sql) {
    keepLiterals.add(sql);
  }

  /** The counters of the session's shared plan cache. */
  public PlanCacheStatistics statistics() {
    return new PlanCacheStatistics(
        engine.plansMade(), engine.planCacheHits(), engine.cachedPlans(), engine.planningNanos());
  }

  /** Whether {@code e} is a SQL parse error (auto mode then tries CQL). */
  static boolean isParseError(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SqlParseException) {
        return true;
      }
    }
    return false;
  }

  /** The CQL that pushed scans of this connection sent, oldest first. */
  public List<String> recentRequests() {
    return executor.recentRequests();
  }
}
