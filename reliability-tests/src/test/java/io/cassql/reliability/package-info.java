/** Reliability suites: a real three-node cluster under faults, and TLS-only nodes. */
package io.cassql.reliability;
