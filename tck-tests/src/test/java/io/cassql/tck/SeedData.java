package io.cassql.tck;

/** Creates the seed example keyspace and table (idempotent). */
final class SeedData {
  private SeedData() {}

  static void load() throws Exception {
    CassandraTestSupport.keyspace("mykeyspace");
    CassandraTestSupport.cql(
        "CREATE TABLE IF NOT EXISTS mykeyspace.\"ExampleTable\" (pk_int int PRIMARY KEY, \"Value\" text, "
            + "\"List\" list<text>, \"Map\" map<text,text>, \"StringSet\" set<text>)",
        "INSERT INTO mykeyspace.\"ExampleTable\" (pk_int, \"Value\", \"List\", \"Map\", \"StringSet\") "
            + "VALUES (1, 'sample value 1', ['1','2','3'], {'S1':'a','S2':'b'}, {'A','B','C'})",
        "INSERT INTO mykeyspace.\"ExampleTable\" (pk_int, \"Value\", \"List\", \"Map\", \"StringSet\") "
            + "VALUES (3, 'sample value 3', ['100','101','102','105'], {'S1':'t'}, {'A','E'})");
  }
}
