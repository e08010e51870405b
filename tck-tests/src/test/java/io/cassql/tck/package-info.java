/** Integration suites that drive CasSQL against a real Cassandra node. */
package io.cassql.tck;
