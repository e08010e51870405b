package io.cassql.jdbc;

/**
 * Counters of a SQL-mode plan cache, shared by all connections of one cluster session.
 *
 * @param plansMade queries planned (cache misses, including plans made for prepared statements)
 * @param hits executions or prepares that reused a cached plan instead of planning
 * @param size plans held now
 */
public record PlanCacheStatistics(long plansMade, long hits, int size) {}
