package io.cassql.cli.internal.sink;

import io.cassql.cli.internal.format.JsonRowWriter;
import io.cassql.cli.internal.format.SourceColumn;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** A JSON Lines file: one JSON object per row, collections as JSON, UTF-8. */
final class JsonLinesSink extends FileSink {
  private JsonRowWriter json;

  JsonLinesSink(Path target, CopyMode mode) {
    super(target, mode);
  }

  @Override
  public void begin(List<SourceColumn> columns) throws IOException {
    open();
    json = new JsonRowWriter(out, columns);
  }

  @Override
  public void write(Object[] row) throws IOException {
    json.row(row);
    json.flush();
    out.write('\n');
  }

  @Override
  public void commit() throws IOException {
    json.close();
    super.commit();
  }
}
