package io.cassql.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.cassql.sql.engine.QueryPlan;
import io.cassql.sql.engine.ResultColumn;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The warm-up plans its first shapes over the fixed schema and runs its query over VALUES. */
class PlannerWarmUpTest {

  @Test
  void should_plan_and_run_the_representative_query_over_values() throws Exception {
    assertEquals(2, PlannerWarmUp.runOverValues());
  }

  @Test
  void should_plan_the_first_shapes_over_the_warm_up_schema_as_parameterized_texts()
      throws Exception {
    List<QueryPlan> plans = PlannerWarmUp.planFirstShapes();
    assertEquals(3, plans.size());
    assertEquals(
        List.of("k", "c", "name", "amount", "created", "id"),
        labels(plans.get(0)),
        "the base table without its collection column");
    assertEquals(2, plans.get(0).parameters().size(), "both key literals became parameters");
    assertEquals(List.of("name", "amount"), labels(plans.get(1)));
    assertEquals(List.of("k", "tags_value"), labels(plans.get(2)));
  }

  private static List<String> labels(QueryPlan plan) {
    return plan.columns().stream().map(ResultColumn::label).toList();
  }
}
