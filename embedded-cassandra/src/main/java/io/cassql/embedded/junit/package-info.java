/** JUnit 5 support: one Cassandra node shared by every test class of a test JVM. */
package io.cassql.embedded.junit;
