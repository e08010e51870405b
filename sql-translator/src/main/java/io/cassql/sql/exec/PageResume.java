package io.cassql.sql.exec;

import com.datastax.oss.driver.api.core.AllNodesFailedException;
import com.datastax.oss.driver.api.core.DriverTimeoutException;
import com.datastax.oss.driver.api.core.servererrors.CoordinatorException;
import com.datastax.oss.driver.api.core.servererrors.OverloadedException;
import com.datastax.oss.driver.api.core.servererrors.ReadTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

/**
 * When a page of an idempotent read that failed is sent again from the paging state it reached (a
 * paging state is valid on any coordinator for the same statement): the page timed out (at the
 * driver or at the coordinator) or found its coordinator overloaded, and the page has been asked
 * for less than the read retry window ago. A node killed without warning stays in every
 * coordinator's replica plans until the failure detector convicts it (13-40 s on the test cluster),
 * and with a snitch that orders replicas the same way everywhere every coordinator waits on it: the
 * read outlives that window by asking again, and a page is never taken twice because rows are only
 * handed on from a page that arrived whole.
 */
public final class PageResume {
  /** Never re-sends: a failed page fails the read. */
  public static final PageResume NEVER = new PageResume(Duration.ZERO);

  /** The pause before a page is sent again, so that an error answered at once is not hammered. */
  static final Duration PAUSE = Duration.ofMillis(200);

  private final Duration window;

  /** Re-sends a failed page for at most {@code window} after it was first asked for. */
  public PageResume(Duration window) {
    this.window = window.isNegative() ? Duration.ZERO : window;
  }

  public Duration window() {
    return window;
  }

  /**
   * Whether {@code error} says only that the answer did not come in time or the coordinator was too
   * busy: a timeout of the driver or of the coordinator, an overloaded coordinator, or every node
   * tried failing so, some of them (a node just killed) by losing their connection. Not an
   * unavailable replica set (the cluster knows it is short of nodes), a read failure (a replica
   * answered with an error), lost connections to every node tried, a syntax or permission error,
   * nor a cancelled request.
   */
  public static boolean transientFailure(Throwable error) {
    Throwable e =
        error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
    if (late(e)) {
      return true;
    }
    if (e instanceof AllNodesFailedException all) {
      List<Throwable> errors = all.getAllErrors().values().stream().flatMap(List::stream).toList();
      return errors.stream().anyMatch(PageResume::late)
          && errors.stream().allMatch(x -> late(x) || lostConnection(x));
    }
    return false;
  }

  /** A timeout (the driver's or the coordinator's) or an overloaded coordinator. */
  private static boolean late(Throwable e) {
    return e instanceof DriverTimeoutException
        || e instanceof ReadTimeoutException
        || e instanceof OverloadedException;
  }

  /**
   * The node could not be asked, rather than answered with an error: its connection was lost or
   * could not be opened, or it has none left (a node that just died, still in the query plan), or
   * any other failure that is not a coordinator's answer.
   */
  private static boolean lostConnection(Throwable e) {
    // e.g. ClosedConnectionException, HeartbeatException, NodeUnavailableException, an IOException
    return !(e instanceof CoordinatorException);
  }

  /**
   * Whether a page first asked for at {@code firstAskedNanos} ({@link System#nanoTime()}), whose
   * latest request failed with {@code error} at {@code nowNanos}, is asked for again.
   */
  public boolean resume(Throwable error, long firstAskedNanos, long nowNanos) {
    return !window.isZero()
        && nowNanos - firstAskedNanos < window.toNanos()
        && transientFailure(error);
  }

  /**
   * Waits (as {@link QueryControl#await}) for the page that {@code send} asks for, asking again
   * while {@link #resume} says so; a cancel or the query's deadline wins over a re-send.
   */
  public <T> T fetch(QueryControl control, Supplier<CompletionStage<T>> send) {
    long first = System.nanoTime();
    while (true) {
      try {
        return control.await(send.get());
      } catch (RuntimeException e) {
        control.check();
        if (!resume(e, first, System.nanoTime())) {
          throw e;
        }
        control.pause(PAUSE);
      }
    }
  }
}
