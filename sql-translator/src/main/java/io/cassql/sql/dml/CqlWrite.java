package io.cassql.sql.dml;

import com.datastax.oss.driver.api.core.type.DataType;
import io.cassql.sql.exec.ValueSource;
import java.util.List;

/**
 * One CQL write with {@code ?} markers; marker i takes {@code values.get(i)} converted to {@code
 * types.get(i)}.
 */
public record CqlWrite(String cql, List<ValueSource> values, List<DataType> types) {

  public CqlWrite {
    values = List.copyOf(values);
    types = List.copyOf(types);
  }
}
