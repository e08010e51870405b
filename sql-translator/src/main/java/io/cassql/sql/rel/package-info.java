/**
 * Relational operators of the Cassandra convention and the planner rules that push work into them.
 */
package io.cassql.sql.rel;
