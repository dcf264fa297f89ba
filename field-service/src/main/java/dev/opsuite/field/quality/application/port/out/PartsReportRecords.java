package dev.opsuite.field.quality.application.port.out;

import io.smallrye.mutiny.Uni;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Parts used and part reservations of a period, read for the parts report. Every method is scoped to one tenant. */
public interface PartsReportRecords {

    record Usage(Instant usedAt, UUID jobId, UUID productId, BigDecimal quantity, UUID locationId, String usedBy) {
    }

    record Reservation(Instant createdAt, UUID jobId, UUID productId, BigDecimal quantity, BigDecimal used,
            UUID locationId, String status) {
    }

    /** Parts used in [from, to), by time. */
    Uni<List<Usage>> usages(String tenantId, Instant from, Instant to);

    /** Part reservations asked in [from, to), by time. */
    Uni<List<Reservation>> reservations(String tenantId, Instant from, Instant to);
}
