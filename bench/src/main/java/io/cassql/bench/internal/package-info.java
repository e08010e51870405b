/**
 * Benchmark internals: the node and data loading, one class per measured section, timing
 * statistics, child-JVM probes and the report.
 */
package io.cassql.bench.internal;
