/** Pure decisions of what Cassandra can answer: key predicates, CQL text. No Calcite, no server. */
package io.cassql.sql.pushdown;
