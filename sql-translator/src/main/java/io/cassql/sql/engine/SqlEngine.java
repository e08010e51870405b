package io.cassql.sql.engine;

import com.datastax.oss.driver.api.core.metadata.schema.KeyspaceMetadata;
import io.cassql.sql.CasSqlTypeSystem;
import io.cassql.sql.exec.PreparedCache;
import io.cassql.sql.exec.QueryControl;
import io.cassql.sql.schema.KeyspaceSchema;
import io.cassql.sql.schema.SchemaSource;
import io.cassql.sql.schema.TableNameCheck;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.apache.calcite.adapter.java.JavaTypeFactory;
import org.apache.calcite.jdbc.CalciteSchema;
import org.apache.calcite.jdbc.JavaTypeFactoryImpl;
import org.apache.calcite.rel.type.TimeFrameSet;
import org.apache.calcite.rel.type.TimeFrames;
import org.apache.calcite.schema.SchemaPlus;

/**
 * SQL mode of one cluster session: every keyspace as a schema, one plan cache and one cache of
 * prepared CQL shared by all connections of the session. Planning reads the schema under a read
 * lock; following the cluster's keyspaces (created or dropped) takes the write lock.
 */
public final class SqlEngine {
  static {
    // Calcite's default character set for literals is ISO-8859-1, which refuses any other text
    // ('日本', emoji). Cassandra text is UTF-8; unless the application chose otherwise, SQL mode is
    // too.
    // Set before SQL mode loads Calcite's type system, which reads these once.
    defaultTo("calcite.default.charset", "UTF-8");
    defaultTo("calcite.default.nationalcharset", "UTF-8");
    defaultTo("calcite.default.collation.name", "UTF-8$en_US");
  }

  private final SchemaSource source;
  private final java.util.concurrent.atomic.LongAdder planningNanos =
      new java.util.concurrent.atomic.LongAdder();
  private final CalciteSchema root = CalciteSchema.createRootSchema(false, false);
  private final JavaTypeFactory typeFactory = new JavaTypeFactoryImpl(CasSqlTypeSystem.INSTANCE);
  private final TimeFrameSet timeFrameSet =
      CasSqlTypeSystem.INSTANCE.deriveTimeFrameSet(TimeFrames.CORE);
  private final PlanCache plans = new PlanCache();
  private final PreparedCache prepared;
  private final ReadWriteLock schemaLock = new ReentrantReadWriteLock();
  private Map<?, KeyspaceMetadata> syncedKeyspaces;

  /** The engine of a cluster session; {@code source} null for one over no cluster (VALUES only). */
  public SqlEngine(SchemaSource source) {
    this.source = source;
    this.prepared = source == null ? null : new PreparedCache(source.session());
  }

  /** An engine over no cluster, for queries over VALUES (warm-up, tests). */
  public static SqlEngine withoutCluster() {
    return new SqlEngine(null);
  }

  /** The cluster's shared prepared CQL statements. */
  public PreparedCache preparedStatements() {
    return prepared;
  }

  /**
   * The plan of {@code sql} with unqualified names in {@code keyspace} (null for none): from the
   * cache when this text was compiled since the schema last changed, else compiled now within what
   * {@code control} allows (its deadline and cancel flag stop planning).
   */
  public QueryPlan plan(String sql, String keyspace, QueryControl control) throws Exception {
    return lookup(sql, keyspace, control).plan();
  }

  /** As {@link #plan}, also telling whether the plan came from the cache. */
  public PlanCache.Lookup lookup(String sql, String keyspace, QueryControl control)
      throws Exception {
    Object schema = syncKeyspaces();
    return plans.get(
        new PlanCache.Key(keyspace == null ? "" : keyspace, sql),
        schema,
        () -> compile(sql, keyspace, control));
  }

  /** Compiles {@code sql} without the cache. */
  public QueryPlan compile(String sql, String keyspace, QueryControl control) throws Exception {
    syncKeyspaces();
    schemaLock.readLock().lock();
    try {
      if (source != null) {
        Optional<String> naming = TableNameCheck.problem(sql, source.metadata(), keyspace);
        if (naming.isPresent()) {
          throw new TableNameException(naming.get());
        }
      }
      return QueryCompiler.compile(
          this, root, keyspace == null ? List.of() : List.of(keyspace), sql, control);
    } finally {
      schemaLock.readLock().unlock();
    }
  }

  /**
   * Adds time a connection spent getting a plan (literals made parameters, the cache looked up, the
   * query compiled on a miss).
   */
  public void addPlanningNanos(long nanos) {
    planningNanos.add(nanos);
  }

  /** Time spent getting plans so far, by all connections of this engine, in nanoseconds. */
  public long planningNanos() {
    return planningNanos.sum();
  }

  /** Plans compiled so far (cache misses). */
  public long plansMade() {
    return plans.plansMade();
  }

  /** Plans reused from the cache. */
  public long planCacheHits() {
    return plans.hits();
  }

  /** Plans held in the cache. */
  public int cachedPlans() {
    return plans.size();
  }

  SchemaPlus rootSchema() {
    return root.plus();
  }

  JavaTypeFactory typeFactory() {
    return typeFactory;
  }

  TimeFrameSet timeFrameSet() {
    return timeFrameSet;
  }

  /**
   * Adds keyspaces created and removes keyspaces dropped since the last call; returns the schema
   * snapshot plans are compiled against (the driver's keyspace map, replaced on every schema
   * change).
   */
  private Object syncKeyspaces() {
    if (source == null) {
      return this;
    }
    Map<?, KeyspaceMetadata> current = source.metadata().getKeyspaces();
    schemaLock.readLock().lock();
    try {
      if (current == syncedKeyspaces) {
        return current;
      }
    } finally {
      schemaLock.readLock().unlock();
    }
    schemaLock.writeLock().lock();
    try {
      Set<String> live = new HashSet<>();
      for (KeyspaceMetadata ks : current.values()) {
        String name = ks.getName().asInternal();
        live.add(name);
        if (root.getSubSchema(name, true) == null) {
          root.add(name, new KeyspaceSchema(source, ks.getName()));
        }
      }
      for (String name : Set.copyOf(root.getSubSchemaMap().keySet())) {
        if (!live.contains(name)) {
          root.removeSubSchema(name);
        }
      }
      syncedKeyspaces = current;
      return current;
    } finally {
      schemaLock.writeLock().unlock();
    }
  }

  private static void defaultTo(String property, String value) {
    if (System.getProperty(property) == null) {
      System.setProperty(property, value);
    }
  }
}
