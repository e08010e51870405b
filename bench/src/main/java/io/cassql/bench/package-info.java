/**
 * The CasSQL benchmark: {@link io.cassql.bench.BenchMain} starts an embedded Cassandra node, loads
 * TPC-H data and prints ratios of CasSQL against the raw Java driver, H2 and
 * cassandra-jdbc-wrapper.
 */
package io.cassql.bench;
