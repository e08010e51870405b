/** Suites that run in their own small-heap JVM (see the tck-tests pom). */
package io.cassql.tck.large;
