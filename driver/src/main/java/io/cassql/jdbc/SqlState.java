package io.cassql.jdbc;

/** The SQLSTATE codes CasSQL reports; every SQLException it throws carries one of them. */
public enum SqlState {
  /** A statement produced no result set where one was required. */
  NO_DATA("02000"),
  /** A result set came back where none was expected. */
  RESULT_SET_NOT_EXPECTED("0100E"),
  /** Not every parameter of a prepared statement has a value. */
  PARAMETER_NOT_SET("07001"),
  /** A parameter value cannot be used for its column's type. */
  RESTRICTED_DATA_TYPE("07006"),
  /** A column or parameter index out of range. */
  INVALID_DESCRIPTOR_INDEX("07009"),
  /** No host could be reached, or the connection could not be opened. */
  UNABLE_TO_CONNECT("08001"),
  /** Use of a closed connection. */
  CONNECTION_DOES_NOT_EXIST("08003"),
  /** The cluster went away during a request. */
  CONNECTION_FAILURE("08006"),
  /** A JDBC feature CasSQL does not offer. */
  FEATURE_NOT_SUPPORTED("0A000"),
  /** Any data error not covered by a more precise state. */
  DATA_EXCEPTION("22000"),
  /**
   * A value too long for Cassandra to store or carry (a key over 64 KiB, a request over the frame
   * limit).
   */
  STRING_DATA_RIGHT_TRUNCATION("22001"),
  /** A value out of the range of its target type. */
  NUMERIC_VALUE_OUT_OF_RANGE("22003"),
  /** Text that is not a valid date, time or timestamp. */
  INVALID_DATETIME_FORMAT("22007"),
  /** Division by zero. */
  DIVISION_BY_ZERO("22012"),
  /** A SUBSTRING whose start or length is invalid (a negative length). */
  SUBSTRING_ERROR("22011"),
  /** Text that does not convert to the target type. */
  INVALID_CHARACTER_VALUE_FOR_CAST("22018"),
  /** A getter called before the first row or after the last. */
  INVALID_CURSOR_STATE("24000"),
  /** Wrong user name or password, or no credentials where the cluster needs them. */
  INVALID_AUTHORIZATION("28000"),
  /** Syntax error, invalid query, or a permission the user lacks. */
  SYNTAX_ERROR_OR_ACCESS_RULE_VIOLATION("42000"),
  /** A keyspace or table that already exists. */
  TABLE_ALREADY_EXISTS("42S01"),
  /** An unknown keyspace or table. */
  UNDEFINED_TABLE("42S02"),
  /** An unknown column. */
  UNDEFINED_COLUMN("42S22"),
  /** Not enough live replicas for the consistency level, or the cluster is overloaded. */
  INSUFFICIENT_RESOURCES("53000"),
  /**
   * A SQL-mode query needs more memory than it may take: its in-memory operators went past {@code
   * maxQueryMemory}, or the heap guard stopped it before the JVM ran out of memory.
   */
  OUT_OF_MEMORY("53200"),
  /** An error with no more precise state. */
  GENERAL_ERROR("HY000"),
  /**
   * A null given where a value is required: a null statement text to {@code execute}, {@code
   * prepareStatement}, {@code addBatch}, {@code nativeSQL} and their kin (ODBC's "invalid use of
   * null pointer").
   */
  INVALID_USE_OF_NULL_POINTER("HY009"),
  /** Use of a closed statement or result set, or a call out of sequence. */
  FUNCTION_SEQUENCE_ERROR("HY010"),
  /** A connection property or attribute with a value it cannot take. */
  INVALID_ATTRIBUTE_VALUE("HY024"),
  /** A statement stopped by {@code Statement.cancel()}. */
  OPERATION_CANCELED("HY008"),
  /** A query or request that ran out of time. */
  TIMEOUT("HYT00");

  private final String code;

  SqlState(String code) {
    this.code = code;
  }

  /** The constant whose code is {@code code}, if any. */
  public static java.util.Optional<SqlState> byCode(String code) {
    for (SqlState s : values()) {
      if (s.code.equals(code)) {
        return java.util.Optional.of(s);
      }
    }
    return java.util.Optional.empty();
  }

  /** The five-character SQLSTATE. */
  public String code() {
    return code;
  }
}
