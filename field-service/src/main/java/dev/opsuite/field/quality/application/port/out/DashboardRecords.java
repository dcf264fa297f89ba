package dev.opsuite.field.quality.application.port.out;

import dev.opsuite.field.quality.application.port.in.DailyDashboardQuery.BookedDollars;
import io.smallrye.mutiny.Uni;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The dashboard's sums read from the database (docs/quality.md's queries). Every method is scoped to one tenant. */
public interface DashboardRecords {

    record PartsUsedAt(UUID locationId, UUID productId, BigDecimal quantity) {
    }

    /** The priced totals of the jobs completed in [from, to), by currency (docs/quality.md Q0). */
    Uni<List<BookedDollars>> bookedDollars(String tenantId, Instant from, Instant to);

    /** Parts used in [from, to), summed by inventory location (the truck) and product. */
    Uni<List<PartsUsedAt>> partsUsed(String tenantId, Instant from, Instant to);

    /** Callbacks opened after {@code from} and no later than {@code to}, counted by the technician they count against. */
    Uni<Map<UUID, Long>> callbacksByTechnician(String tenantId, Instant from, Instant to);
}
