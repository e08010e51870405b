package io.cassql.jdbc.internal.value;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The instant a calendar day starts in a time zone ({@code LocalDate.atStartOfDay(zone)}, what
 * {@code java.sql.Date} of that day holds), remembered for recently seen days: a scan of a date
 * column asks the same few thousand days again and again, and working the zone's rules out for each
 * cell costs more than the rest of the getter.
 */
final class DayStarts {
  private static final int SLOTS = 4096;

  /** One remembered answer; immutable, so a racy read sees it whole or not at all. */
  private record Entry(ZoneId zone, long day, long millis) {}

  private static final Entry[] CACHE = new Entry[SLOTS];

  private DayStarts() {}

  /** Epoch milliseconds of the start of {@code day} in {@code zone}. */
  static long millis(LocalDate day, ZoneId zone) {
    return millis(day.toEpochDay(), zone);
  }

  /** Epoch milliseconds of the start of the day {@code epochDay} days after 1970-01-01. */
  static long millis(long epochDay, ZoneId zone) {
    int slot = (int) (epochDay & (SLOTS - 1));
    Entry e = CACHE[slot];
    if (e != null && e.day == epochDay && e.zone.equals(zone)) {
      return e.millis;
    }
    long millis = LocalDate.ofEpochDay(epochDay).atStartOfDay(zone).toInstant().toEpochMilli();
    CACHE[slot] = new Entry(zone, epochDay, millis);
    return millis;
  }
}
