package io.cassql.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.datastax.oss.driver.api.core.DriverTimeoutException;
import io.cassql.sql.exec.QueryCanceledException;
import io.cassql.sql.exec.QueryControl;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * SQL mode's planner program plans a join of six inputs, and a plan past its deadline is abandoned.
 */
class PlannerSetupTest {
  /**
   * Six inputs joined in a chain, written in an order whose first two inputs share no condition.
   */
  private static final String CHAIN =
      "SELECT COUNT(*) FROM "
          + "(VALUES (1, 1)) a(k, n), (VALUES (1, 1)) f(k, n), (VALUES (1, 1)) b(k, n), "
          + "(VALUES (1, 1)) c(k, n), (VALUES (1, 1)) d(k, n), (VALUES (1, 1)) e(k, n) "
          + "WHERE a.n = b.k AND b.n = c.k AND c.n = d.k AND d.n = e.k AND e.n = f.k";

  @Test
  void should_plan_and_run_a_chain_of_joins_with_no_deadline() throws Exception {
    assertEquals(List.of("types: BIGINT(19,0)", "1|"), EngineQueries.rows(CHAIN, List.of()));
  }

  @Test
  void should_abandon_a_plan_whose_deadline_has_passed() throws Exception {
    {
      QueryControl control = QueryControl.startingNow(1);
      Thread.sleep(20); // the deadline passes before the planner fires its first rule
      Exception e =
          assertThrows(Exception.class, () -> EngineQueries.ENGINE.compile(CHAIN, null, control));
      boolean timedOut = false;
      for (Throwable t = e; t != null; t = t.getCause()) {
        timedOut |=
            t instanceof PlannerSetup.PlanningTimeout || t instanceof DriverTimeoutException;
      }
      assertTrue(timedOut, () -> "not a planning timeout: " + e);
    }
  }

  @Test
  void should_stop_planning_once_cancelled() {
    QueryControl control = QueryControl.startingNow(0);
    control.cancel();
    assertThrows(
        QueryCanceledException.class, () -> EngineQueries.ENGINE.compile(CHAIN, null, control));
  }
}
