package dev.opsuite.inventory.stock.application.service;

import dev.opsuite.inventory.catalog.application.port.in.LookUpCatalogQuery;
import dev.opsuite.inventory.kernel.StockKey;
import dev.opsuite.inventory.stock.application.port.in.FillPartRequestsUseCase;
import dev.opsuite.inventory.stock.application.port.in.MoveStockUseCase;
import dev.opsuite.inventory.stock.application.port.in.ReserveStockUseCase;
import dev.opsuite.inventory.stock.application.port.in.ReserveStockUseCase.ReserveStockCommand;
import dev.opsuite.inventory.stock.application.port.out.PartUsageStore;
import dev.opsuite.inventory.stock.application.port.out.ReservationStore;
import dev.opsuite.inventory.stock.domain.PartReservationAnswer;
import dev.opsuite.inventory.stock.domain.PartReservationAnswer.Reason;
import dev.opsuite.inventory.stock.domain.Reservation;
import dev.opsuite.inventory.stock.domain.ReservationStatus;
import dev.opsuite.inventory.stock.domain.StockLevel;
import dev.opsuite.inventory.stock.domain.StockReference;
import dev.opsuite.support.application.EventPublisher;
import dev.opsuite.support.application.RejectedException;
import dev.opsuite.support.application.Rejection;
import dev.opsuite.support.paging.PageRequest;
import dev.opsuite.support.tenancy.Actor;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class PartRequestService implements FillPartRequestsUseCase {

    private static final PageRequest FIRST = new PageRequest(1, 1, "createdAt", true);

    private final ReserveStockUseCase reservations;
    private final ReservationStore reservationStore;
    private final MoveStockUseCase stock;
    private final LookUpCatalogQuery catalog;
    private final PartUsageStore usages;
    private final EventPublisher events;
    private final Clock clock;

    public PartRequestService(ReserveStockUseCase reservations, ReservationStore reservationStore, MoveStockUseCase stock,
            LookUpCatalogQuery catalog, PartUsageStore usages, EventPublisher events, Clock clock) {
        this.reservations = reservations;
        this.reservationStore = reservationStore;
        this.stock = stock;
        this.catalog = catalog;
        this.usages = usages;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @WithTransaction
    public Uni<Void> reserve(PartRequest request) {
        Actor actor = new Actor(request.tenantId(), request.requestedBy());
        return heldFor(request.tenantId(), request.requestId()).chain(held -> {
            if (held.isPresent()) {
                return Uni.createFrom().voidItem(); // published again under a new event id: answered already
            }
            // Nothing is written before a rejection (the reservation is refused under the row lock before any
            // change), so the answer can be published in the same transaction.
            return Uni.createFrom().deferred(() -> reservations.reserve(new ReserveStockCommand(actor, request.locationId(),
                            request.productId(), request.quantity(),
                            StockReference.of(StockReference.FIELD_PART_RESERVATION, request.requestId()))))
                    .<PartReservationAnswer>map(reservation -> new PartReservationAnswer.Confirmed(request.tenantId(),
                            request.requestId(), request.jobId(), reservation, clock.instant()))
                    .onFailure(RejectedException.class).recoverWithUni(failure -> rejected(request,
                            ((RejectedException) failure).rejection()))
                    .chain(answer -> events.publish(answer));
        });
    }

    private Uni<PartReservationAnswer> rejected(PartRequest request, Rejection rejection) {
        Reason reason = reasonOf(rejection);
        Uni<BigDecimal> available = reason != Reason.INSUFFICIENT_STOCK ? Uni.createFrom().nullItem()
                : stock.levels(request.tenantId(), List.of(request.locationId()), List.of(request.productId()))
                        .map(levels -> levels.stream().map(StockLevel::available).findFirst().orElse(BigDecimal.ZERO));
        return available.map(av -> new PartReservationAnswer.Rejected(request.tenantId(), request.requestId(),
                request.jobId(), request.productId(), request.quantity(), request.locationId(), reason, av,
                rejection.detail(), clock.instant()));
    }

    private static Reason reasonOf(Rejection rejection) {
        if ("insufficient-stock".equals(rejection.code())) {
            return Reason.INSUFFICIENT_STOCK;
        }
        if ("locationId".equals(rejection.field())) {
            return Reason.UNKNOWN_LOCATION;
        }
        if ("productId".equals(rejection.field())) {
            return Reason.UNKNOWN_PRODUCT;
        }
        return Reason.INVALID;
    }

    @Override
    @WithTransaction
    public Uni<Void> use(PartsUse use) {
        Actor actor = new Actor(use.tenantId(), use.usedBy());
        return usages.claim(use.tenantId(), use.usageId(), use.jobId()).chain(first -> {
            if (!first) {
                return Uni.createFrom().voidItem();
            }
            if (use.requestId() != null) {
                return heldFor(use.tenantId(), use.requestId())
                        .map(held -> held.orElseThrow(() -> Rejection.unprocessable("reservation-not-found", "reservationId",
                                "No stock is reserved for field reservation " + use.requestId() + ".").toException()))
                        .chain(held -> reservations.consume(actor, held.id(), null, use.quantity()))
                        .replaceWithVoid();
            }
            StockKey key = new StockKey(use.locationId(), use.productId());
            return catalog.locationInUse(use.tenantId(), use.locationId(), "locationId")
                    .chain(() -> catalog.productsInUse(use.tenantId(), List.of(use.productId()), i -> "productId"))
                    .chain(() -> stock.move(use.tenantId(), List.of(key), levels -> List.of(Rejection.orThrow(
                            levels.get(key).issue(use.quantity(), StockReference.of(StockReference.FIELD_JOB, use.jobId()),
                                    use.usedBy(), clock.instant())))))
                    .replaceWithVoid();
        });
    }

    @Override
    @WithTransaction
    public Uni<Void> cancel(PartRequestCancellation cancellation) {
        Actor actor = new Actor(cancellation.tenantId(), cancellation.cancelledBy());
        return heldFor(cancellation.tenantId(), cancellation.requestId()).chain(held -> {
            // Refused (nothing held), or released or used up already (a cancellation published again): nothing to give.
            if (held.isEmpty() || held.get().status() != ReservationStatus.ACTIVE) {
                return Uni.createFrom().voidItem();
            }
            return reservations.release(actor, held.get().id(), null).replaceWithVoid();
        });
    }

    /** The stock reservation made for field's reservation {@code requestId}, if any. */
    private Uni<Optional<Reservation>> heldFor(String tenantId, UUID requestId) {
        return reservationStore.search(tenantId, null, null, StockReference.FIELD_PART_RESERVATION, requestId.toString(),
                null, FIRST).map(page -> page.items().stream().findFirst());
    }
}
