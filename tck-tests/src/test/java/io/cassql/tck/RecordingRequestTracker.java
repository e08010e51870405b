package io.cassql.tck;

import com.datastax.oss.driver.api.core.config.DefaultDriverOption;
import com.datastax.oss.driver.api.core.config.DriverExecutionProfile;
import com.datastax.oss.driver.api.core.context.DriverContext;
import com.datastax.oss.driver.api.core.cql.BoundStatement;
import com.datastax.oss.driver.api.core.cql.SimpleStatement;
import com.datastax.oss.driver.api.core.cql.Statement;
import com.datastax.oss.driver.api.core.metadata.Node;
import com.datastax.oss.driver.api.core.session.Request;
import com.datastax.oss.driver.api.core.tracker.RequestTracker;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A Java driver request tracker that a test's driver configuration file installs: it records every
 * successful request (one per page) with the page size, consistency and timeout it ran with.
 */
public final class RecordingRequestTracker implements RequestTracker {
  /** One request as the driver sent it. */
  public record Sent(
      String session, String cql, int pageSize, String consistency, Duration timeout) {}

  private static final List<Sent> SENT = new CopyOnWriteArrayList<>();

  /** Instantiated by the Java driver (the constructor it expects). */
  public RecordingRequestTracker(DriverContext context) {}

  /** The requests recorded so far whose CQL contains {@code fragment}. */
  public static List<Sent> sent(String fragment) {
    return SENT.stream().filter(s -> s.cql().contains(fragment)).toList();
  }

  /** Forgets what was recorded. */
  public static void clear() {
    SENT.clear();
  }

  @Override
  public void onSuccess(
      Request request,
      long latencyNanos,
      DriverExecutionProfile profile,
      Node node,
      String logPrefix) {
    if (!(request instanceof Statement<?> st)) {
      return;
    }
    String cql =
        st instanceof SimpleStatement s
            ? s.getQuery()
            : st instanceof BoundStatement b ? b.getPreparedStatement().getQuery() : "";
    int pageSize =
        st.getPageSize() > 0
            ? st.getPageSize()
            : profile.getInt(DefaultDriverOption.REQUEST_PAGE_SIZE);
    String consistency =
        st.getConsistencyLevel() != null
            ? st.getConsistencyLevel().name()
            : profile.getString(DefaultDriverOption.REQUEST_CONSISTENCY);
    Duration timeout =
        st.getTimeout() != null
            ? st.getTimeout()
            : profile.getDuration(DefaultDriverOption.REQUEST_TIMEOUT);
    SENT.add(new Sent(logPrefix, cql, pageSize, consistency, timeout));
  }

  @Override
  public void close() {}
}
