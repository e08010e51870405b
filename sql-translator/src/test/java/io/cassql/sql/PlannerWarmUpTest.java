package io.cassql.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The warm-up query plans and runs without a cluster. */
class PlannerWarmUpTest {

  @Test
  void should_plan_and_run_the_representative_query_over_values() throws Exception {
    assertEquals(2, PlannerWarmUp.run());
  }
}
