package dev.opsuite.field.parts.application.port.in;

import dev.opsuite.field.parts.domain.TruckStock;
import io.smallrye.mutiny.Uni;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** What inventory tells field by event: its answers to part reservations, and the stock on the trucks. */
public interface TrackInventoryUseCase {

    Uni<Void> confirmed(String tenantId, UUID reservationId, UUID stockReservationId, Instant at);

    Uni<Void> rejected(String tenantId, UUID reservationId, String reason, BigDecimal available, String detail, Instant at);

    /**
     * A truck's stock of one product as inventory now has it; an older report than the one kept changes nothing.
     * {@code received}: the change took in goods received at the truck (a transfer note's goods receipt).
     */
    Uni<Void> truckStockChanged(TruckStock stock, boolean received);
}
