package io.cassql.sql.pushdown;

import java.io.Serializable;
import java.util.List;

/**
 * The primary key of a Cassandra table: partition key columns, then clustering columns with their
 * stored order ({@code true} = descending).
 */
public record KeyLayout(
    List<String> partitionKeys, List<String> clusteringKeys, List<Boolean> clusteringDescending)
    implements Serializable {

  public KeyLayout {
    partitionKeys = List.copyOf(partitionKeys);
    clusteringKeys = List.copyOf(clusteringKeys);
    clusteringDescending = List.copyOf(clusteringDescending);
  }
}
