package dev.opsuite.inventory.stock.application.service;

import dev.opsuite.inventory.catalog.application.port.in.LookUpCatalogQuery;

import dev.opsuite.inventory.stock.application.port.in.AdjustStockUseCase;
import dev.opsuite.inventory.stock.application.port.in.FindStockQuery;
import dev.opsuite.inventory.stock.application.port.in.ReserveStockUseCase;
import dev.opsuite.inventory.stock.application.port.out.ReservationStore;
import dev.opsuite.inventory.stock.application.port.out.StockStore;
import dev.opsuite.inventory.stock.domain.MovementKind;
import dev.opsuite.inventory.stock.domain.Reservation;
import dev.opsuite.inventory.stock.domain.ReservationStatus;
import dev.opsuite.support.domain.Envelope;
import dev.opsuite.inventory.kernel.StockKey;
import dev.opsuite.inventory.stock.domain.StockLevel;
import dev.opsuite.inventory.stock.domain.StockMovement;
import dev.opsuite.inventory.stock.domain.StockReference;
import dev.opsuite.support.paging.DateRange;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import dev.opsuite.support.application.Rejection;
import dev.opsuite.support.tenancy.Actor;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;

@ApplicationScoped
public class StockService implements AdjustStockUseCase, ReserveStockUseCase, FindStockQuery {

    private final StockKeeping keeping;
    private final StockStore stock;
    private final ReservationStore reservations;
    private final LookUpCatalogQuery catalog;
    private final Clock clock;

    public StockService(StockKeeping keeping, StockStore stock, ReservationStore reservations, LookUpCatalogQuery catalog, Clock clock) {
        this.keeping = keeping;
        this.stock = stock;
        this.reservations = reservations;
        this.catalog = catalog;
        this.clock = clock;
    }

    @Override
    @WithTransaction
    public Uni<StockAdjusted> adjust(AdjustStockCommand command) {
        Actor actor = command.actor();
        Instant now = clock.instant();
        StockKey key = new StockKey(command.locationId(), command.productId());
        UUID adjustmentId = UUID.randomUUID();
        String reason = command.remark() == null || command.remark().isBlank() ? command.reason().name()
                : command.reason().name() + ": " + command.remark().strip();
        return inUse(actor.tenantId(), command.locationId(), command.productId())
                .chain(() -> keeping.move(actor.tenantId(), List.of(key), levels -> List.of(Rejection.orThrow(
                        levels.get(key).adjust(command.quantity(), command.unitCost(), reason,
                                StockReference.of(StockReference.STOCK_ADJUSTMENT, adjustmentId), actor.userId(), now)))))
                .chain(movements -> stock.levels(actor.tenantId(), List.of(key.locationId()), List.of(key.productId()))
                        .map(levels -> new StockAdjusted(levels.get(0), movements.get(0))));
    }

    @Override
    @WithTransaction
    public Uni<Reservation> reserve(ReserveStockCommand command) {
        Actor actor = command.actor();
        Instant now = clock.instant();
        StockKey key = new StockKey(command.locationId(), command.productId());
        Reservation reservation = Rejection.orThrow(Reservation.hold(
                Envelope.created(UUID.randomUUID(), actor.tenantId(), actor.userId(), now),
                command.locationId(), command.productId(), command.quantity(), command.reference()));
        StockReference self = StockReference.of(StockReference.RESERVATION, reservation.id());
        return inUse(actor.tenantId(), command.locationId(), command.productId())
                .chain(() -> keeping.move(actor.tenantId(), List.of(key), levels -> List.of(Rejection.orThrow(
                        levels.get(key).reserve(command.quantity(), self, actor.userId(), now)))))
                .chain(() -> reservations.add(reservation))
                .replaceWith(reservation);
    }

    @Override
    @WithTransaction
    public Uni<Reservation> release(Actor actor, UUID reservationId, Long expectedVersion) {
        return settle(actor, reservationId, expectedVersion, (reservation, now) -> {
            BigDecimal given = Rejection.orThrow(reservation.release(actor.userId(), now));
            return (StockLevel level) -> level.release(given, StockReference.of(StockReference.RESERVATION, reservation.id()),
                    actor.userId(), now);
        });
    }

    @Override
    @WithTransaction
    public Uni<Reservation> consume(Actor actor, UUID reservationId, Long expectedVersion, BigDecimal quantity) {
        return settle(actor, reservationId, expectedVersion, (reservation, now) -> {
            BigDecimal used = Rejection.orThrow(reservation.consume(quantity, actor.userId(), now));
            return (StockLevel level) -> level.consume(used, StockReference.of(StockReference.RESERVATION, reservation.id()),
                    actor.userId(), now);
        });
    }

    /** The location and the product a request names exist in the caller's business and are in use. */
    private Uni<?> inUse(String tenantId, UUID locationId, UUID productId) {
        return catalog.locationInUse(tenantId, locationId, "locationId")
                .chain(() -> catalog.productsInUse(tenantId, List.of(productId), i -> "productId"));
    }

    /** Ends (part of) a reservation and moves its stock level the same way, in one transaction. */
    private Uni<Reservation> settle(Actor actor, UUID reservationId, Long expectedVersion,
            BiFunction<Reservation, Instant, Function<StockLevel, StockMovement>> settlement) {
        Instant now = clock.instant();
        return reservations.find(actor.tenantId(), reservationId).chain(found -> {
            Reservation reservation = Rejection.current(found, "reservation", reservationId, expectedVersion);
            StockKey key = new StockKey(reservation.locationId(), reservation.productId());
            // The stock row's lock serializes every change of this reservation's stock, this one included.
            return keeping.move(actor.tenantId(), List.of(key),
                            levels -> List.of(settlement.apply(reservation, now).apply(levels.get(key))))
                    .chain(() -> reservations.save(reservation));
        });
    }

    @Override
    public String currency() {
        return keeping.currency();
    }

    @Override
    @WithSession
    public Uni<Page<StockLevel>> levels(String tenantId, UUID locationId, UUID productId, PageRequest page) {
        return stock.search(tenantId, locationId, productId, page);
    }

    @Override
    @WithSession
    public Uni<Page<StockMovement>> movements(String tenantId, UUID locationId, UUID productId, MovementKind kind,
            String referenceType, String referenceId, DateRange occurredAt, PageRequest page) {
        return stock.movements(tenantId, locationId, productId, kind, referenceType, referenceId, occurredAt, page);
    }

    @Override
    @WithSession
    public Uni<Reservation> reservation(String tenantId, UUID id) {
        return reservations.find(tenantId, id).map(found -> found.orElseThrow(Rejection.missing("reservation", id)));
    }

    @Override
    @WithSession
    public Uni<Page<Reservation>> reservations(String tenantId, UUID locationId, UUID productId, String referenceType,
            String referenceId, ReservationStatus status, PageRequest page) {
        return reservations.search(tenantId, locationId, productId, referenceType, referenceId, status, page);
    }
}
