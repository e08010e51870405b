package io.cassql.jdbc;

/**
 * Counters of a SQL-mode plan cache, shared by all connections of one cluster session.
 *
 * @param plansMade queries planned (cache misses, including plans made for prepared statements)
 * @param hits executions or prepares that reused a cached plan instead of planning
 * @param size plans held now
 * @param planningNanos time spent getting plans, summed over the session's connections: literals of
 *     plain statements made parameters, the cache looked up, and on a miss the query compiled
 */
public record PlanCacheStatistics(long plansMade, long hits, int size, long planningNanos) {}
