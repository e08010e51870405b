package io.cassql.sql.engine;

import io.cassql.sql.exec.CqlExecutor;
import io.cassql.sql.exec.QueryControl;
import io.cassql.sql.rel.MemoryMeters;
import java.util.List;
import java.util.Map;
import org.apache.calcite.linq4j.Enumerable;
import org.apache.calcite.runtime.Bindable;

/**
 * A query compiled once (parsed, validated, planned, code generated) and run any number of times,
 * by any connection of its cluster session: everything that belongs to one execution (parameter
 * values, the executing connection's settings, the cancel flag and the deadline) arrives in the
 * {@link ExecutionContext} it is bound with, never through the plan.
 */
public final class QueryPlan {
  private final String sql;
  private final List<ResultColumn> columns;
  private final List<ParameterType> parameters;
  private final Bindable<Object> bindable;
  private final Map<String, Object> internalParameters;
  private final boolean arrayRows;
  private final List<String> inMemoryOperators;
  private final boolean generatedCode;
  private final SqlEngine engine;

  QueryPlan(
      String sql,
      List<ResultColumn> columns,
      List<ParameterType> parameters,
      Bindable<Object> bindable,
      Map<String, Object> internalParameters,
      boolean arrayRows,
      List<String> inMemoryOperators,
      boolean generatedCode,
      SqlEngine engine) {
    this.sql = sql;
    this.columns = List.copyOf(columns);
    this.parameters = List.copyOf(parameters);
    this.bindable = bindable;
    this.internalParameters = Map.copyOf(internalParameters);
    this.arrayRows = arrayRows;
    this.inMemoryOperators = List.copyOf(inMemoryOperators);
    this.generatedCode = generatedCode;
    this.engine = engine;
  }

  /** The text this plan was compiled from. */
  public String sql() {
    return sql;
  }

  /** The result's columns. */
  public List<ResultColumn> columns() {
    return columns;
  }

  /** The types of the {@code ?} parameters, in order. */
  public List<ParameterType> parameters() {
    return parameters;
  }

  /** Whether each row is an {@code Object[]}; else (one column) the row is the value itself. */
  public boolean arrayRows() {
    return arrayRows;
  }

  /** The labels of the operators that keep rows in memory ({@link MemoryMeters}), in plan order. */
  public List<String> inMemoryOperators() {
    return inMemoryOperators;
  }

  /**
   * Whether the plan runs as generated and compiled Java; false for a plan that is one pushed CQL
   * read, bound directly.
   */
  public boolean generatedCode() {
    return generatedCode;
  }

  Map<String, Object> internalParameters() {
    return internalParameters;
  }

  /**
   * Starts an execution: {@code parameters} hold Calcite's run-time values (see {@link SqlValues}),
   * {@code executor} the executing connection's Cassandra settings (null for plans that read no
   * table), {@code control} its cancel flag and deadline. Rows are computed as they are read.
   */
  public Enumerable<Object> bind(Object[] parameters, CqlExecutor executor, QueryControl control) {
    control.memory().planned(inMemoryOperators);
    return bindable.bind(new ExecutionContext(engine, this, parameters, executor, control));
  }
}
