package dev.opsuite.inventory.stock.application.port.in;

import dev.opsuite.inventory.stock.domain.MovementKind;
import dev.opsuite.inventory.stock.domain.Reservation;
import dev.opsuite.inventory.stock.domain.ReservationStatus;
import dev.opsuite.inventory.stock.domain.StockLevel;
import dev.opsuite.inventory.stock.domain.StockMovement;
import dev.opsuite.support.paging.DateRange;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import io.smallrye.mutiny.Uni;
import java.util.UUID;

/** Reads stock levels, the stock ledger and reservations of the caller's tenant. */
public interface FindStockQuery {

    /** The valuation currency of every unit cost and value. */
    String currency();

    Uni<Page<StockLevel>> levels(String tenantId, UUID locationId, UUID productId, PageRequest page);

    Uni<Page<StockMovement>> movements(String tenantId, UUID locationId, UUID productId, MovementKind kind,
            String referenceType, String referenceId, DateRange occurredAt, PageRequest page);

    Uni<Reservation> reservation(String tenantId, UUID id);

    Uni<Page<Reservation>> reservations(String tenantId, UUID locationId, UUID productId, String referenceType,
            String referenceId, ReservationStatus status, PageRequest page);
}
