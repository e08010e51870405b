/**
 * Rewrites of a converted query before it is optimized, for correctness of results and of plans:
 * exact-integer arithmetic that fails on overflow instead of wrapping, and the conjuncts that every
 * branch of an OR shares pulled out of it (so that a join condition hidden in an OR becomes one).
 */
package io.cassql.sql.rewrite;
