package io.cassql.jdbc.internal.cql;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Calendar;

/** Reads java.sql date/time parameters in the time zone of a caller's Calendar. */
final class TemporalParameters {
  private TemporalParameters() {}

  static LocalDate date(java.sql.Date d, Calendar cal) {
    return cal == null
        ? d.toLocalDate()
        : Instant.ofEpochMilli(d.getTime()).atZone(cal.getTimeZone().toZoneId()).toLocalDate();
  }

  static LocalTime time(java.sql.Time t, Calendar cal) {
    return cal == null
        ? t.toLocalTime()
        : Instant.ofEpochMilli(t.getTime()).atZone(cal.getTimeZone().toZoneId()).toLocalTime();
  }

  /** A timestamp is an instant in Cassandra; the calendar does not change it. */
  static Instant timestamp(java.sql.Timestamp ts, Calendar cal) {
    return ts.toInstant();
  }
}
