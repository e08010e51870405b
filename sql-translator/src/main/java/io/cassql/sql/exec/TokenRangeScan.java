package io.cassql.sql.exec;

import com.datastax.oss.driver.api.core.cql.AsyncResultSet;
import com.datastax.oss.driver.api.core.cql.BoundStatement;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import com.datastax.oss.driver.api.core.cql.Row;
import com.datastax.oss.driver.api.core.metadata.TokenMap;
import com.datastax.oss.driver.api.core.metadata.token.Token;
import com.datastax.oss.driver.api.core.metadata.token.TokenRange;
import com.datastax.oss.driver.internal.core.metadata.token.Murmur3Token;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.apache.calcite.linq4j.Enumerator;

/**
 * A full scan read as token-range splits, several at a time. Each split has at most one page
 * request in flight and at most two pages arrived and not yet read (its next page is asked for as
 * soon as a page arrives, unless an earlier one still waits to be read): memory holds a bounded
 * number of pages however large the table; a wait for a page stops on a cancel or the deadline.
 * Each split reads its range once; a page request that failed is sent again from the paging state
 * the split reached (as {@link PageResume} decides), and rows are handed on only from pages that
 * arrived whole, so no row comes twice and none is lost. Arrived pages are turned into rows on the
 * {@link PageDecoder} threads, so that the caller only takes finished rows.
 */
final class TokenRangeScan implements Enumerator<Object> {
  private final CqlExecutor executor;
  private final PreparedStatement bounded;
  private final PreparedStatement unbounded;
  private final Token minToken;
  private final RowConverter converter;

  /** The select's columns when the splits read {@code SELECT *} (found by name), else null. */
  private final List<String> wildcardColumns;

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
  private Object[] page;
  private int pageRow;
  private Split pageSplit;
  private Object current;
  private volatile boolean closed;

  TokenRangeScan(
      CqlExecutor executor,
      List<TokenRange> splits,
      Token minToken,
      PreparedStatement bounded,
      PreparedStatement unbounded,
      RowConverter converter,
      List<String> wildcardColumns,
      QueryControl control) {
    this.executor = executor;
    this.control = control;
    this.bounded = bounded;
    this.unbounded = unbounded;
    this.minToken = minToken;
    this.converter = converter;
    this.wildcardColumns = wildcardColumns == null ? null : List.copyOf(wildcardColumns);
    this.pending = new ArrayDeque<>(splits);
    for (int i = 0; i < executor.scanParallelism() && !pending.isEmpty(); i++) {
      startNextSplit();
    }
  }

  /**
   * The splits of the ring (its {@code ranges}), unwrapped, cut so that there are about {@code
   * target}; on the Murmur3 ring (Cassandra's default partitioner) each range is cut in proportion
   * to its size, so that the splits cover equal shares of the ring and the last ones read are no
   * longer than the others (a vnode's range may be several times another's); on other rings each
   * range in as many pieces.
   */
  static List<TokenRange> splits(java.util.Collection<TokenRange> ranges, int target) {
    List<TokenRange> ring = new ArrayList<>();
    for (TokenRange r : ranges) {
      ring.addAll(r.unwrap());
    }
    double[] sizes = murmur3Sizes(ring);
    double total = 0;
    for (double size : sizes == null ? new double[0] : sizes) {
      total += size;
    }
    int perRange = Math.max(1, (target + ring.size() - 1) / ring.size());
    List<TokenRange> out = new ArrayList<>();
    for (int i = 0; i < ring.size(); i++) {
      TokenRange r = ring.get(i);
      int pieces =
          sizes == null || total <= 0
              ? perRange
              : (int) Math.max(1, Math.min(1024, Math.round(sizes[i] / total * target)));
      out.addAll(pieces == 1 ? List.of(r) : r.splitEvenly(pieces));
    }
    return out;
  }

  /** The share of the Murmur3 ring each (unwrapped) range covers, or null on another ring. */
  private static double[] murmur3Sizes(List<TokenRange> ring) {
    double[] sizes = new double[ring.size()];
    for (int i = 0; i < ring.size(); i++) {
      TokenRange r = ring.get(i);
      if (!(r.getStart() instanceof Murmur3Token start)
          || !(r.getEnd() instanceof Murmur3Token end)) {
        return null;
      }
      // an unwrapped range ending at the minimum token runs to the end of the ring
      long last = end.getValue() == Long.MIN_VALUE ? Long.MAX_VALUE : end.getValue();
      sizes[i] = Math.max(0, (double) last - (double) start.getValue());
    }
    return sizes;
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

  /**
   * One token range being read: its statement, the paging state its next page starts at, and how
   * many of its pages wait to be read (at most two, or one with the next in flight).
   */
  private static final class Split {
    final BoundStatement statement;
    volatile java.nio.ByteBuffer pagingState;
    volatile long pageAskedNanos;
    private int waiting;
    private boolean askWhenRead;
    private boolean lastArrived;

    Split(BoundStatement statement) {
      this.statement = statement;
    }

    /** The request of the split's next page. */
    BoundStatement nextPage() {
      return pagingState == null ? statement : statement.setPagingState(pagingState);
    }
  }

  /** What a page request gave: the page and its rows, or the error, and the split it belongs to. */
  private record Arrival(Split split, AsyncResultSet page, Object[] rows, Throwable error) {}

  /** A page that arrived but could not be turned into rows: fails the scan, never sent again. */
  private static final class DecodeFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    DecodeFailure(RuntimeException cause) {
      super(cause.getMessage(), cause);
    }
  }

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
          if (error != null || closed) {
            arrived.add(new Arrival(split, rs, null, error));
          } else {
            askNextIfRoom(split, rs);
            PageDecoder.submit(() -> decode(split, rs));
          }
        });
  }

  /**
   * A page of {@code split} arrived: asks for the split's next page at once, so that Cassandra
   * reads it while this one is decoded and read, unless an earlier page of the split still waits to
   * be read (then when that one is).
   */
  private void askNextIfRoom(Split split, AsyncResultSet rs) {
    boolean askNow = false;
    synchronized (split) {
      split.waiting++;
      if (rs.hasMorePages()) {
        split.pagingState = rs.getExecutionInfo().getPagingState();
        askNow = split.waiting == 1;
        split.askWhenRead = !askNow;
      } else {
        split.lastArrived = true;
      }
    }
    if (askNow && !closed) {
      ask(split);
    }
  }

  /**
   * Converts an arrived page's rows on the calling (decoder) thread and hands them to the reader.
   */
  private void decode(Split split, AsyncResultSet rs) {
    if (closed) {
      return;
    }
    Object[] rows = new Object[rs.remaining()];
    try {
      int n = 0;
      if (wildcardColumns == null) {
        for (Row row : rs.currentPage()) {
          rows[n++] = converter.row(row);
        }
      } else {
        int[] at = RowConverter.positions(wildcardColumns, rs.getColumnDefinitions());
        for (Row row : rs.currentPage()) {
          rows[n++] = converter.row(row, at);
        }
      }
    } catch (RuntimeException e) {
      arrived.add(new Arrival(split, rs, null, new DecodeFailure(e)));
      return;
    }
    arrived.add(new Arrival(split, rs, rows, null));
  }

  @Override
  public boolean moveNext() {
    if (control.isCanceled()) {
      close();
      control.check();
    }
    while (page == null || pageRow == page.length) {
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
      if (next.error() instanceof DecodeFailure failure) {
        close();
        throw (RuntimeException) failure.getCause();
      }
      if (next.error() != null) {
        resumeOrThrow(next);
        continue;
      }
      pageSplit = next.split();
      page = next.rows();
      pageRow = 0;
    }
    current = page[pageRow];
    page[pageRow++] = null;
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

  /**
   * The page is read: ask for the split's next page if its decoding left that to now, or, after the
   * split's last page, start another split.
   */
  private void finishPage() {
    Split split = pageSplit;
    page = null;
    pageSplit = null;
    if (closed) {
      return;
    }
    boolean askNow;
    boolean splitRead;
    synchronized (split) {
      split.waiting--;
      askNow = split.askWhenRead;
      split.askWhenRead = false;
      // pages of a split are decoded in parallel and may be read out of order
      splitRead = split.lastArrived && split.waiting == 0;
    }
    if (askNow) {
      ask(split);
    } else if (splitRead) {
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
