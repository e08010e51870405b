package io.cassql.sql.dml;

import java.util.List;

/** The CQL writes of one SQL DML statement and the number of {@code ?} parameters it takes. */
public record DmlPlan(List<CqlWrite> writes, int parameterCount) {

  public DmlPlan {
    writes = List.copyOf(writes);
  }
}
