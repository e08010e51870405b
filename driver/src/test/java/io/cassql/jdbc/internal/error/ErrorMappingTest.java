package io.cassql.jdbc.internal.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.datastax.oss.driver.api.core.DriverTimeoutException;
import com.datastax.oss.driver.api.core.servererrors.FunctionFailureException;
import io.cassql.jdbc.SqlState;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLTimeoutException;
import org.junit.jupiter.api.Test;

class ErrorMappingTest {

  @Test
  void should_classify_invalid_queries_by_the_server_wording() {
    assertEquals(
        SqlState.UNDEFINED_TABLE,
        CassandraErrorTranslator.classifyInvalidQuery("table foo does not exist"));
    assertEquals(
        SqlState.UNDEFINED_TABLE,
        CassandraErrorTranslator.classifyInvalidQuery("unconfigured table foo"));
    assertEquals(
        SqlState.UNDEFINED_TABLE,
        CassandraErrorTranslator.classifyInvalidQuery("Keyspace nope does not exist"));
    assertEquals(
        SqlState.UNDEFINED_COLUMN,
        CassandraErrorTranslator.classifyInvalidQuery("Undefined column name zz in table ks.t"));
    assertEquals(
        SqlState.SYNTAX_ERROR_OR_ACCESS_RULE_VIOLATION,
        CassandraErrorTranslator.classifyInvalidQuery("Some partition key parts are missing: id"));
  }

  @Test
  void should_report_a_cassandra_division_by_zero_as_22012() {
    for (String m :
        new String[] {
          "the operation 'int / int' failed: / by zero",
          "the operation 'varint % int' failed: BigInteger divide by zero",
          "the operation 'decimal % int' failed: Division by zero",
          "the operation 'decimal / int' failed: Division undefined"
        }) {
      assertEquals(
          "22012",
          CassandraErrorTranslator.translate(new FunctionFailureException(null, m)).getSQLState(),
          m);
    }
    assertEquals(
        "22000",
        CassandraErrorTranslator.translate(
                new FunctionFailureException(null, "execution of 'ks.f[int]' failed: boom"))
            .getSQLState());
    assertEquals(
        SqlState.DIVISION_BY_ZERO,
        CassandraErrorTranslator.classifyInvalidQuery("Failed: / by zero"));
  }

  @Test
  void should_make_the_jdbc_subclass_of_each_state() {
    assertInstanceOf(
        SQLTimeoutException.class,
        CassandraErrorTranslator.translate(new DriverTimeoutException("slow")));
    assertEquals(
        "HYT00",
        CassandraErrorTranslator.translate(new DriverTimeoutException("slow")).getSQLState());
    SQLFeatureNotSupportedException e = SqlErrors.notSupported("savepoints");
    assertEquals("0A000", e.getSQLState());
  }

  @Test
  void should_mask_passwords_in_messages() {
    String scrubbed =
        Redactor.scrub("bad URL jdbc:cassandra://h?user=u&password=hunter2&x=1;PWD=hunter3");
    assertFalse(scrubbed.contains("hunter"), scrubbed);
    assertTrue(scrubbed.contains("user=u"), scrubbed);
    String cql = Redactor.scrub("CREATE ROLE bob WITH PASSWORD = 'it''s secret' AND LOGIN = true");
    assertFalse(cql.contains("secret"), cql);
    assertTrue(cql.contains("LOGIN = true"), cql);
    assertFalse(
        SqlErrors.create(SqlState.GENERAL_ERROR, "password: 'abc'").getMessage().contains("abc"));
  }
}
