package io.cassql.sql.exec;

import com.datastax.oss.driver.api.core.cql.AsyncResultSet;
import com.datastax.oss.driver.api.core.cql.BoundStatement;
import com.datastax.oss.driver.api.core.cql.Row;
import java.util.Iterator;
import org.apache.calcite.linq4j.Enumerator;

/**
 * The rows of one paged request, converted as the consumer advances: one page in memory at a time,
 * the next page asked for when this one is consumed, every wait cancellable; a page whose request
 * timed out is asked for again from the same paging state (see {@link PageResume}).
 */
final class PagedRows implements Enumerator<Object> {
  private final CqlExecutor executor;
  private final QueryControl control;
  private final BoundStatement statement;
  private final RowConverter converter;
  private AsyncResultSet page;
  private Iterator<Row> rows;
  private Object current;

  PagedRows(
      CqlExecutor executor,
      QueryControl control,
      BoundStatement statement,
      RowConverter converter) {
    this.executor = executor;
    this.control = control;
    this.statement = statement;
    this.converter = converter;
  }

  @Override
  public boolean moveNext() {
    control.check();
    if (page == null) {
      page = executor.pageResume().fetch(control, () -> executor.session().executeAsync(statement));
      rows = page.currentPage().iterator();
    }
    while (!rows.hasNext()) {
      if (!page.hasMorePages()) {
        return false;
      }
      AsyncResultSet done = page;
      page = executor.pageResume().fetch(control, done::fetchNextPage);
      rows = page.currentPage().iterator();
    }
    current = converter.row(rows.next());
    return true;
  }

  @Override
  public Object current() {
    return current;
  }

  @Override
  public void reset() {
    throw new UnsupportedOperationException("a Cassandra scan cannot be rewound");
  }

  @Override
  public void close() {
    current = null;
  }
}
