package io.cassql.sql.exec;

import com.datastax.oss.driver.api.core.cql.AsyncResultSet;
import com.datastax.oss.driver.api.core.cql.BoundStatement;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import com.datastax.oss.driver.api.core.cql.Row;
import com.datastax.oss.driver.api.core.metadata.TokenMap;
import com.datastax.oss.driver.api.core.metadata.token.Token;
import com.datastax.oss.driver.api.core.metadata.token.TokenRange;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.apache.calcite.linq4j.Enumerator;

/**
 * A full scan read as token-range splits, several at a time. Each split has at most one page
 * request in flight, asked for only when its previous page was taken: memory holds a bounded number
 * of pages however large the table; a wait for a page stops on a cancel or the deadline. Each split
 * reads its range once; a page request that failed is sent again from the paging state the split
 * reached (as {@link PageResume} decides), and rows are handed on only from pages that arrived
 * whole, so no row comes twice and none is lost.
 */
final class TokenRangeScan implements Enumerator<Object> {
  private final CqlExecutor executor;
  private final PreparedStatement bounded;
  private final PreparedStatement unbounded;
  private final Token minToken;
  private final RowConverter converter;
  private final QueryControl control;
  private final Deque<TokenRange> pending;
  private final BlockingQueue<Arrival> arrived = new LinkedBlockingQueue<>();

  /**
   * Page requests not yet answered: abandoned (cancelled in the driver) when the scan closes early.
   */
  private final java.util.Set<java.util.concurrent.Future<?>> inFlight =
      java.util.Collections.newSetFromMap(
          java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>()));

  private int active;
  private Iterator<Row> page;
  private Split pageSplit;
  private AsyncResultSet pageSource;
  private Object current;
  private boolean closed;

  TokenRangeScan(
      CqlExecutor executor,
      List<TokenRange> splits,
      Token minToken,
      PreparedStatement bounded,
      PreparedStatement unbounded,
      RowConverter converter,
      QueryControl control) {
    this.executor = executor;
    this.control = control;
    this.bounded = bounded;
    this.unbounded = unbounded;
    this.minToken = minToken;
    this.converter = converter;
    this.pending = new ArrayDeque<>(splits);
    for (int i = 0; i < executor.scanParallelism() && !pending.isEmpty(); i++) {
      startNextSplit();
    }
  }

  /**
   * The splits of the ring: its ranges, unwrapped, each cut so that there are about {@code target}.
   */
  static List<TokenRange> splits(TokenMap tokens, int target) {
    List<TokenRange> ring = new ArrayList<>();
    for (TokenRange r : tokens.getTokenRanges()) {
      ring.addAll(r.unwrap());
    }
    int perRange = Math.max(1, (target + ring.size() - 1) / ring.size());
    List<TokenRange> out = new ArrayList<>();
    for (TokenRange r : ring) {
      out.addAll(perRange == 1 ? List.of(r) : r.splitEvenly(perRange));
    }
    return out;
  }

  /** The ring's minimum token: where the wrapping range is cut in two; null when none wraps. */
  static Token minToken(TokenMap tokens) {
    for (TokenRange r : tokens.getTokenRanges()) {
      if (r.isWrappedAround()) {
        return r.unwrap().get(0).getEnd();
      }
    }
    return null;
  }

  /** One token range being read: its statement and the paging state its next page starts at. */
  private static final class Split {
    final BoundStatement statement;
    java.nio.ByteBuffer pagingState;
    long pageAskedNanos;

    Split(BoundStatement statement) {
      this.statement = statement;
    }

    /** The request of the split's next page. */
    BoundStatement nextPage() {
      return pagingState == null ? statement : statement.setPagingState(pagingState);
    }
  }

  /** What a page request gave: the page or the error, and the split it belongs to. */
  private record Arrival(Split split, AsyncResultSet page, Throwable error) {}

  private void startNextSplit() {
    TokenRange range = pending.poll();
    boolean toMin = minToken != null && range.getEnd().equals(minToken);
    BoundStatement st =
        (toMin
                ? unbounded.bind().setToken(0, range.getStart())
                : bounded.bind().setToken(0, range.getStart()).setToken(1, range.getEnd()))
            .setPageSize(executor.fetchSize())
            .setConsistencyLevel(executor.consistency())
            .setTimeout(control.requestTimeout(executor.timeout()))
            .setIdempotent(true);
    active++;
    ask(new Split(st));
  }

  /** Asks for the split's next page (a new page: its retry window starts now). */
  private void ask(Split split) {
    split.pageAskedNanos = System.nanoTime();
    request(split);
  }

  // the callback's own future is not needed: its outcome lands in arrived; inFlight is an identity
  // set
  @SuppressWarnings({"FutureReturnValueIgnored", "CollectionUndefinedEquality"})
  private void request(Split split) {
    CompletionStage<AsyncResultSet> stage =
        executor
            .session()
            .executeAsync(split.nextPage().setTimeout(control.requestTimeout(executor.timeout())));
    java.util.concurrent.CompletableFuture<AsyncResultSet> f = stage.toCompletableFuture();
    inFlight.add(f);
    f.whenComplete(
        (rs, error) -> {
          inFlight.remove(f);
          arrived.add(new Arrival(split, rs, error));
        });
  }

  @Override
  public boolean moveNext() {
    if (control.isCanceled()) {
      close();
      control.check();
    }
    while (page == null || !page.hasNext()) {
      if (page != null) {
        finishPage();
      }
      if (active == 0) {
        return false;
      }
      Arrival next = null;
      while (next == null) {
        try {
          control.check();
        } catch (RuntimeException e) {
          close();
          throw e;
        }
        try {
          next =
              arrived.poll(
                  Math.min(50_000_000L, Math.max(1, control.remainingNanos())),
                  TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          close();
          throw new QueryCanceledException("the scan was interrupted");
        }
      }
      if (next.error() != null) {
        resumeOrThrow(next);
        continue;
      }
      pageSplit = next.split();
      pageSource = next.page();
      page = pageSource.currentPage().iterator();
    }
    current = converter.row(page.next());
    return true;
  }

  /**
   * A page request failed: sends it again from the same paging state when {@link PageResume} allows
   * it (and the query is neither cancelled nor past its deadline), else fails the scan.
   */
  private void resumeOrThrow(Arrival failed) {
    Throwable t = failed.error();
    try {
      control.check();
    } catch (RuntimeException e) {
      close();
      throw e;
    }
    if (closed
        || !executor.pageResume().resume(t, failed.split().pageAskedNanos, System.nanoTime())) {
      close();
      throw t instanceof RuntimeException r ? r : new IllegalStateException(t);
    }
    try {
      control.pause(PageResume.PAUSE);
    } catch (RuntimeException e) {
      close();
      throw e;
    }
    request(failed.split());
  }

  /** The page is consumed: ask for the split's next page, or start another split. */
  private void finishPage() {
    AsyncResultSet done = pageSource;
    Split split = pageSplit;
    page = null;
    pageSource = null;
    pageSplit = null;
    if (closed) {
      return;
    }
    if (done.hasMorePages()) {
      split.pagingState = done.getExecutionInfo().getPagingState();
      ask(split);
    } else {
      active--;
      if (!pending.isEmpty()) {
        startNextSplit();
      }
    }
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
    closed = true;
    pending.clear();
    for (java.util.concurrent.Future<?> f : List.copyOf(inFlight)) {
      f.cancel(true);
    }
    arrived.clear();
  }
}
