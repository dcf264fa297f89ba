package dev.opsuite.field.technicians.domain;

import java.time.DayOfWeek;
import java.time.LocalTime;

/** The hours a technician works on one weekday, in the technician's own time zone. */
public record WorkingHours(DayOfWeek weekday, LocalTime from, LocalTime to) {
}
