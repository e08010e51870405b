package io.cassql.cli.internal.sink;

import io.cassql.cli.internal.format.CsvWriter;
import io.cassql.cli.internal.format.SourceColumn;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** An RFC 4180 CSV file with a header row of column labels, UTF-8. */
final class CsvSink extends FileSink {
  private CsvWriter csv;

  CsvSink(Path target, CopyMode mode) {
    super(target, mode);
  }

  @Override
  public void begin(List<SourceColumn> columns) throws IOException {
    open();
    csv = new CsvWriter(out);
    if (!appendingToRows()) {
      csv.record(columns.stream().map(SourceColumn::label).toArray(String[]::new));
    }
  }

  @Override
  public void write(Object[] row) throws IOException {
    csv.values(row);
  }
}
