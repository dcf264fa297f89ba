package dev.opsuite.console.technician;

import java.time.LocalDate;

/** The day the queue shows (a UTC day, as field-service's {@code /my/jobs?date=}), and its neighbours for paging. */
public record Day(LocalDate date, boolean today) {

    public String iso() {
        return date.toString();
    }

    public String previous() {
        return date.minusDays(1).toString();
    }

    public String next() {
        return date.plusDays(1).toString();
    }

    /** "Sat 5 Dec 2026". */
    public String label() {
        return date.format(java.time.format.DateTimeFormatter.ofPattern("EEE d MMM yyyy", java.util.Locale.ENGLISH));
    }
}
