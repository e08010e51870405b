/**
 * SQL mode's engine: Calcite used as a library (parser, validator, planner, code generation) to
 * compile a query once into a {@link io.cassql.sql.engine.QueryPlan}, cached per cluster session,
 * and run it by binding a small data context per execution.
 */
package io.cassql.sql.engine;
