package io.cassql.jdbc.internal.error;

import com.datastax.oss.driver.api.core.AllNodesFailedException;
import com.datastax.oss.driver.api.core.DriverExecutionException;
import com.datastax.oss.driver.api.core.DriverTimeoutException;
import com.datastax.oss.driver.api.core.InvalidKeyspaceException;
import com.datastax.oss.driver.api.core.NoNodeAvailableException;
import com.datastax.oss.driver.api.core.auth.AuthenticationException;
import com.datastax.oss.driver.api.core.connection.ClosedConnectionException;
import com.datastax.oss.driver.api.core.connection.HeartbeatException;
import com.datastax.oss.driver.api.core.servererrors.AlreadyExistsException;
import com.datastax.oss.driver.api.core.servererrors.CoordinatorException;
import com.datastax.oss.driver.api.core.servererrors.FunctionFailureException;
import com.datastax.oss.driver.api.core.servererrors.InvalidQueryException;
import com.datastax.oss.driver.api.core.servererrors.OverloadedException;
import com.datastax.oss.driver.api.core.servererrors.QueryValidationException;
import com.datastax.oss.driver.api.core.servererrors.ReadFailureException;
import com.datastax.oss.driver.api.core.servererrors.ReadTimeoutException;
import com.datastax.oss.driver.api.core.servererrors.SyntaxError;
import com.datastax.oss.driver.api.core.servererrors.UnauthorizedException;
import com.datastax.oss.driver.api.core.servererrors.UnavailableException;
import com.datastax.oss.driver.api.core.servererrors.WriteFailureException;
import com.datastax.oss.driver.api.core.servererrors.WriteTimeoutException;
import com.datastax.oss.driver.api.core.type.codec.CodecNotFoundException;
import io.cassql.jdbc.SqlState;
import java.sql.SQLException;
import java.util.Locale;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.regex.Pattern;

/** Maps the Cassandra driver's typed exceptions to SQLExceptions with SQLSTATEs. */
public final class CassandraErrorTranslator {
  /** "Invalid STRING constant (abc) for "i" of type int": a literal of the wrong type. */
  private static final Pattern INVALID_CONSTANT = Pattern.compile("invalid \\w+ constant");

  /** "Unable to make int from '3000000000'": a number literal that does not fit its column. */
  private static final Pattern UNABLE_TO_MAKE_NUMBER =
      Pattern.compile("unable to make \\w+ from '[-+]?[0-9.e]+'");

  /**
   * The JVM's words for an integer or decimal division or modulo by zero, as Cassandra passes them
   * on ("the operation 'int / int' failed: / by zero"; "BigInteger divide by zero", "Division by
   * zero", "Division undefined" for 0 / 0 of decimals).
   */
  private static final Pattern DIVISION_BY_ZERO =
      Pattern.compile(
          "/ by zero|divide by zero|division by zero|division undefined", Pattern.CASE_INSENSITIVE);

  private CassandraErrorTranslator() {}

  /** The SQLException for a failure while connecting. */
  public static SQLException translateConnect(Throwable t, String target) {
    Throwable e = unwrap(t);
    if (isAuthentication(e)) {
      return SqlErrors.create(
          SqlState.INVALID_AUTHORIZATION,
          "authentication to " + target + " failed: " + authMessage(e),
          e);
    }
    if (e instanceof SQLException s) {
      return s;
    }
    if (e instanceof InvalidKeyspaceException) {
      return SqlErrors.create(SqlState.UNDEFINED_TABLE, e.getMessage(), e);
    }
    if (e instanceof AllNodesFailedException || e instanceof DriverTimeoutException) {
      return SqlErrors.create(
          SqlState.UNABLE_TO_CONNECT,
          "could not connect to Cassandra at " + target + ": " + shortMessage(e),
          e);
    }
    return translate(e);
  }

  /** The SQLException for a failure of a request on an open session. */
  public static SQLException translate(Throwable t) {
    Throwable e = unwrap(t);
    if (e instanceof SQLException s) {
      return s;
    }
    String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    if (e instanceof io.cassql.sql.exec.QueryCanceledException) {
      return SqlErrors.create(SqlState.OPERATION_CANCELED, msg, e);
    }
    if (e instanceof io.cassql.sql.exec.QueryMemoryException) {
      return SqlErrors.create(SqlState.OUT_OF_MEMORY, msg, e);
    }
    if (e instanceof SyntaxError) {
      return SqlErrors.create(
          SqlState.SYNTAX_ERROR_OR_ACCESS_RULE_VIOLATION, "CQL syntax error: " + msg, e);
    }
    if (e instanceof AlreadyExistsException) {
      return SqlErrors.create(SqlState.TABLE_ALREADY_EXISTS, msg, e);
    }
    if (e instanceof UnauthorizedException) {
      return SqlErrors.create(
          SqlState.SYNTAX_ERROR_OR_ACCESS_RULE_VIOLATION, "not authorized: " + msg, e);
    }
    if (e instanceof InvalidKeyspaceException) {
      return SqlErrors.create(SqlState.UNDEFINED_TABLE, msg, e);
    }
    if (e instanceof InvalidQueryException || e instanceof QueryValidationException) {
      return SqlErrors.create(classifyInvalidQuery(msg), msg, e);
    }
    if (e instanceof ReadTimeoutException
        || e instanceof WriteTimeoutException
        || e instanceof DriverTimeoutException) {
      return SqlErrors.create(SqlState.TIMEOUT, "Cassandra request timed out: " + msg, e);
    }
    if (e instanceof UnavailableException
        || e instanceof OverloadedException
        || e instanceof ReadFailureException
        || e instanceof WriteFailureException) {
      return SqlErrors.create(SqlState.INSUFFICIENT_RESOURCES, msg, e);
    }
    if (e instanceof FunctionFailureException) {
      return SqlErrors.create(
          DIVISION_BY_ZERO.matcher(msg).find()
              ? SqlState.DIVISION_BY_ZERO
              : SqlState.DATA_EXCEPTION,
          msg,
          e);
    }
    if (isAuthentication(e)) {
      return SqlErrors.create(SqlState.INVALID_AUTHORIZATION, authMessage(e), e);
    }
    Throwable serverError = firstServerError(e);
    if (serverError != null) {
      return translate(serverError);
    }
    if (e instanceof NoNodeAvailableException
        || e instanceof AllNodesFailedException
        || e instanceof ClosedConnectionException
        || e instanceof HeartbeatException) {
      return SqlErrors.create(
          SqlState.CONNECTION_FAILURE, "no Cassandra node could answer: " + shortMessage(e), e);
    }
    if (e instanceof CodecNotFoundException || e instanceof IllegalArgumentException) {
      return SqlErrors.create(SqlState.RESTRICTED_DATA_TYPE, msg, e);
    }
    return SqlErrors.create(SqlState.GENERAL_ERROR, "internal error: " + msg, e);
  }

  /** The state of an InvalidQueryException, from the server's wording. */
  static SqlState classifyInvalidQuery(String message) {
    String m = message.toLowerCase(Locale.ROOT);
    if (DIVISION_BY_ZERO.matcher(m).find()) {
      return SqlState.DIVISION_BY_ZERO;
    }
    if (m.contains("undefined column")
        || m.contains("undefined name")
        || m.contains("unknown identifier")) {
      return SqlState.UNDEFINED_COLUMN;
    }
    if (m.contains("unconfigured table")
        || ((m.contains("keyspace") || m.contains("table"))
            && (m.contains("does not exist") || m.contains("doesn't exist")))) {
      return SqlState.UNDEFINED_TABLE;
    }
    if (m.contains("unable to coerce")
        || m.contains("date/time")
        || m.contains("formatted date")
        || m.contains("formatted time")) {
      return SqlState.INVALID_DATETIME_FORMAT;
    }
    if (UNABLE_TO_MAKE_NUMBER.matcher(m).find()) {
      return SqlState.NUMERIC_VALUE_OUT_OF_RANGE;
    }
    if (INVALID_CONSTANT.matcher(m).find() || m.startsWith("unable to make")) {
      return SqlState.INVALID_CHARACTER_VALUE_FOR_CAST;
    }
    if (m.contains("is longer than maximum")
        || m.contains("exceeds allowed maximum")
        || m.contains("too large")) {
      return SqlState.STRING_DATA_RIGHT_TRUNCATION;
    }
    return SqlState.SYNTAX_ERROR_OR_ACCESS_RULE_VIOLATION;
  }

  /**
   * The first error a node answered with, when every node tried failed (e.g. Unavailable on each).
   */
  private static Throwable firstServerError(Throwable e) {
    if (e instanceof AllNodesFailedException all) {
      return all.getAllErrors().values().stream()
          .flatMap(java.util.List::stream)
          .filter(x -> x instanceof CoordinatorException)
          .findFirst()
          .orElse(null);
    }
    return null;
  }

  private static boolean isAuthentication(Throwable e) {
    if (e instanceof AuthenticationException) {
      return true;
    }
    if (e instanceof AllNodesFailedException all && !all.getAllErrors().isEmpty()) {
      return all.getAllErrors().values().stream()
          .flatMap(java.util.List::stream)
          .allMatch(x -> x instanceof AuthenticationException);
    }
    return false;
  }

  private static String authMessage(Throwable e) {
    if (e instanceof AllNodesFailedException all) {
      return all.getAllErrors().values().stream()
          .flatMap(java.util.List::stream)
          .map(Throwable::getMessage)
          .findFirst()
          .orElse("authentication failed");
    }
    return e.getMessage();
  }

  private static String shortMessage(Throwable e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    int cut = m.indexOf(" (showing first");
    return cut > 0 ? m.substring(0, cut) : m;
  }

  private static Throwable unwrap(Throwable t) {
    Throwable e = t;
    while ((e instanceof CompletionException
            || e instanceof ExecutionException
            || e instanceof DriverExecutionException)
        && e.getCause() != null) {
      e = e.getCause();
    }
    return e;
  }
}
