package io.cassql.relational;

/**
 * The {@code java.sql.Types} codes the model uses, as plain ints so that the model stays free of
 * {@code java.sql} (a unit test checks that each equals its {@code java.sql.Types} namesake).
 */
public final class JdbcTypeCode {
  private JdbcTypeCode() {}

  public static final int BIGINT = -5;
  public static final int BOOLEAN = 16;
  public static final int DATE = 91;
  public static final int DECIMAL = 3;
  public static final int DOUBLE = 8;
  public static final int INTEGER = 4;
  public static final int OTHER = 1111;
  public static final int REAL = 7;
  public static final int SMALLINT = 5;
  public static final int TIME = 92;
  public static final int TIMESTAMP = 93;
  public static final int TINYINT = -6;
  public static final int VARBINARY = -3;
  public static final int VARCHAR = 12;
}
