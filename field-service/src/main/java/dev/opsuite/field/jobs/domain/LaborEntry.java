package dev.opsuite.field.jobs.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** Time a technician worked on the job: from start to end, or just hours, at a rate class. */
public record LaborEntry(UUID id, String technicianUserId, Instant start, Instant end, BigDecimal hours,
        RateClass rateClass) {
}
