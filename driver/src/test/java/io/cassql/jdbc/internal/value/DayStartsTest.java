package io.cassql.jdbc.internal.value;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The remembered start of a day is always what {@code LocalDate.atStartOfDay(zone)} gives. */
class DayStartsTest {

  @Test
  void should_match_start_of_day_in_zones_with_gaps_at_midnight_and_after_cache_collisions() {
    List<ZoneId> zones =
        List.of(
            ZoneId.of("UTC"),
            ZoneId.of("America/Los_Angeles"),
            ZoneId.of("Pacific/Kiritimati"),
            ZoneId.of("America/Sao_Paulo"), // 2018-11-04 started at 01:00 (midnight skipped)
            ZoneId.of("Asia/Kolkata"));
    LocalDate first = LocalDate.of(2018, 10, 1);
    for (int round = 0; round < 2; round++) {
      for (ZoneId zone : zones) {
        for (int i = 0; i < 120; i++) {
          for (LocalDate day : List.of(first.plusDays(i), first.plusDays(i + 4096L))) {
            assertEquals(
                day.atStartOfDay(zone).toInstant().toEpochMilli(),
                DayStarts.millis(day, zone),
                day + " in " + zone);
          }
        }
      }
    }
    LocalDate skipped = LocalDate.of(2018, 11, 4);
    assertEquals(
        skipped.atTime(1, 0).atZone(ZoneId.of("America/Sao_Paulo")).toInstant().toEpochMilli(),
        DayStarts.millis(skipped, ZoneId.of("America/Sao_Paulo")));
  }
}
