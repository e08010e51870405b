/** The JDBC connection and what it holds per connection. */
package io.cassql.jdbc.internal.conn;
