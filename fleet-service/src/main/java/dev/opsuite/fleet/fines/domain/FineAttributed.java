package dev.opsuite.fleet.fines.domain;

import dev.opsuite.support.domain.DomainEvent;
import java.util.UUID;

/**
 * A fine was charged to a driver, and booked to their ledger (and to the order, when there is one): the letter, the
 * attribution and the bookings as they were, with the driver's employee number.
 */
public record FineAttributed(UUID fineId, String tenantId, Fine.Letter letter, Fine.Attribution attribution,
        Fine.Bookings bookings, String employeeNumber) implements DomainEvent {

    /** The trip ticket the driver was found on, when the driving record had them from one. */
    public UUID tripTicketId() {
        return Fine.Attribution.tripTicketId(attribution);
    }
}
