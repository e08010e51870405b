/**
 * Calcite's relational metadata (row counts, costs, uniqueness, ...) for SQL mode's planner, served
 * by handlers compiled with the driver instead of generated and compiled by Janino at run time.
 */
package io.cassql.sql.metadata;
