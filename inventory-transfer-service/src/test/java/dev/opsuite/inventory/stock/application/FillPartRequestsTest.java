package dev.opsuite.inventory.stock.application;

import static dev.opsuite.inventory.testing.Inventory.TENANT;
import static dev.opsuite.inventory.testing.Quantities.qty;
import static dev.opsuite.testing.fakes.Outcomes.done;
import static dev.opsuite.testing.fakes.Outcomes.refused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opsuite.inventory.catalog.domain.LocationType;
import dev.opsuite.inventory.kernel.StockKey;
import dev.opsuite.inventory.stock.application.port.in.FillPartRequestsUseCase;
import dev.opsuite.inventory.stock.application.port.in.FillPartRequestsUseCase.PartRequest;
import dev.opsuite.inventory.stock.application.port.in.FillPartRequestsUseCase.PartRequestCancellation;
import dev.opsuite.inventory.stock.application.port.in.FillPartRequestsUseCase.PartsUse;
import dev.opsuite.inventory.stock.domain.MovementKind;
import dev.opsuite.inventory.stock.domain.PartReservationAnswer;
import dev.opsuite.inventory.stock.domain.PartReservationAnswer.Reason;
import dev.opsuite.inventory.stock.domain.ReservationStatus;
import dev.opsuite.inventory.stock.domain.StockLevel;
import dev.opsuite.inventory.stock.domain.StockMovement;
import dev.opsuite.inventory.testing.Inventory;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Seed 002: a technician needs a part; field-service asks inventory to hold it on the truck (or wherever the parts
 * manager names), inventory answers by event, and parts fitted leave the truck at its WAC.
 */
class FillPartRequestsTest {

    final Inventory inventory = new Inventory();
    final FillPartRequestsUseCase parts = inventory.partRequests;
    final UUID truck = inventory.location(LocationType.TRUCK, "Truck 12 (Jana)");
    final UUID capacitor = inventory.product("CAP-45-5");
    final UUID job = UUID.randomUUID();

    @BeforeEach
    void one_capacitor_on_the_truck() {
        inventory.stockOf(truck, capacitor, "1", "18.50");
    }

    @Test
    void the_last_unit_is_held_for_the_first_request_and_refused_to_the_second() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();

        done(parts.reserve(request(first, "1")));
        done(parts.reserve(request(second, "1")));

        var confirmed = inventory.events.published(PartReservationAnswer.Confirmed.class);
        var rejected = inventory.events.published(PartReservationAnswer.Rejected.class);
        assertThat(confirmed).singleElement().satisfies(c -> {
            assertThat(c.requestId()).isEqualTo(first);
            assertThat(c.reservation().status()).isEqualTo(ReservationStatus.ACTIVE);
        });
        assertThat(rejected).singleElement().satisfies(r -> {
            assertThat(r.requestId()).isEqualTo(second);
            assertThat(r.reason()).isEqualTo(Reason.INSUFFICIENT_STOCK);
            assertThat(r.available()).isEqualByComparingTo("0");
        });
        assertThat(level().reserved()).isEqualByComparingTo("1");
    }

    @Test
    void a_request_answered_already_is_not_held_again() {
        UUID request = UUID.randomUUID();
        inventory.stockOf(truck, capacitor, "5", "18.50");

        done(parts.reserve(request(request, "1")));
        done(parts.reserve(request(request, "1")));

        assertThat(inventory.events.published(PartReservationAnswer.class)).hasSize(1);
        assertThat(level().reserved()).isEqualByComparingTo("1");
    }

    @Test
    void an_unknown_location_or_product_is_answered_not_dead_lettered() {
        done(parts.reserve(new PartRequest(TENANT, UUID.randomUUID(), job, capacitor, qty("1"), UUID.randomUUID(), "jana")));
        done(parts.reserve(new PartRequest(TENANT, UUID.randomUUID(), job, UUID.randomUUID(), qty("1"), truck, "jana")));

        assertThat(inventory.events.published(PartReservationAnswer.Rejected.class))
                .extracting(PartReservationAnswer.Rejected::reason)
                .containsExactly(Reason.UNKNOWN_LOCATION, Reason.UNKNOWN_PRODUCT);
    }

    @Test
    void parts_used_consume_the_reservation() {
        UUID request = UUID.randomUUID();
        done(parts.reserve(request(request, "1")));

        done(parts.use(new PartsUse(TENANT, UUID.randomUUID(), job, request, capacitor, qty("1"), truck, "jana")));

        StockLevel level = level();
        assertThat(level.onHand()).isEqualByComparingTo("0");
        assertThat(level.reserved()).isEqualByComparingTo("0");
        var held = inventory.events.published(PartReservationAnswer.Confirmed.class).get(0).reservation();
        assertThat(inventory.reservations.find(TENANT, held.id()).await().indefinitely().orElseThrow().status())
                .isEqualTo(ReservationStatus.CONSUMED);
    }

    @Test
    void parts_used_without_a_reservation_are_issued_from_the_truck_at_its_wac_once() {
        inventory.stockOf(truck, capacitor, "3", "18.50");
        PartsUse use = new PartsUse(TENANT, UUID.randomUUID(), job, null, capacitor, qty("2"), truck, "jana");

        done(parts.use(use));
        done(parts.use(use));

        assertThat(level().onHand()).isEqualByComparingTo("1");
        StockMovement issued = inventory.stock.ledger().stream().filter(m -> m.kind() == MovementKind.ISSUED)
                .reduce((a, b) -> b).orElseThrow();
        assertThat(issued.unitCost()).isEqualByComparingTo("18.50");
        assertThat(issued.value()).isEqualByComparingTo("-37.00");
        assertThat(issued.reference().id()).isEqualTo(job.toString());
        assertThat(inventory.stock.ledger().stream().filter(m -> m.kind() == MovementKind.ISSUED)).hasSize(1);
    }

    @Test
    void parts_used_beyond_what_the_truck_has_available_are_refused() {
        UUID request = UUID.randomUUID();
        done(parts.reserve(request(request, "1")));

        assertThat(refused(parts.use(new PartsUse(TENANT, UUID.randomUUID(), job, null, capacitor, qty("1"), truck, "jana")))
                .code()).isEqualTo("insufficient-stock");
        assertThat(refused(parts.use(new PartsUse(TENANT, UUID.randomUUID(), job, UUID.randomUUID(), capacitor, qty("1"),
                truck, "jana"))).code()).isEqualTo("reservation-not-found");
    }

    @Test
    void a_reservation_given_back_is_released_once_and_what_was_used_stays_used() {
        inventory.stockOf(truck, capacitor, "2", "18.50"); // 2 on the truck
        UUID request = UUID.randomUUID();
        done(parts.reserve(request(request, "2")));
        done(parts.use(new PartsUse(TENANT, UUID.randomUUID(), job, request, capacitor, qty("1"), truck, "jana")));

        done(parts.cancel(new PartRequestCancellation(TENANT, request, "parts-marek")));
        done(parts.cancel(new PartRequestCancellation(TENANT, request, "parts-marek"))); // published again

        StockLevel level = level();
        assertThat(level.onHand()).isEqualByComparingTo("1");
        assertThat(level.reserved()).isEqualByComparingTo("0");
        assertThat(level.available()).isEqualByComparingTo("1");
        var held = inventory.events.published(PartReservationAnswer.Confirmed.class).get(0).reservation();
        var now = inventory.reservations.find(TENANT, held.id()).await().indefinitely().orElseThrow();
        assertThat(now.status()).isEqualTo(ReservationStatus.RELEASED);
        assertThat(now.consumed()).isEqualByComparingTo("1");
        assertThat(now.released()).isEqualByComparingTo("1");
        assertThat(inventory.stock.ledger().stream().filter(m -> m.kind() == MovementKind.RESERVATION_RELEASED)).hasSize(1);
    }

    @Test
    void a_refused_or_used_up_reservation_given_back_changes_nothing() {
        UUID refusedOne = UUID.randomUUID();
        UUID usedUp = UUID.randomUUID();
        done(parts.reserve(request(usedUp, "1")));
        done(parts.reserve(request(refusedOne, "1"))); // the last unit is held already
        done(parts.use(new PartsUse(TENANT, UUID.randomUUID(), job, usedUp, capacitor, qty("1"), truck, "jana")));

        done(parts.cancel(new PartRequestCancellation(TENANT, refusedOne, "jana")));
        done(parts.cancel(new PartRequestCancellation(TENANT, usedUp, "jana")));

        assertThat(level().onHand()).isEqualByComparingTo("0");
        assertThat(level().reserved()).isEqualByComparingTo("0");
        assertThat(inventory.stock.ledger().stream().filter(m -> m.kind() == MovementKind.RESERVATION_RELEASED)).isEmpty();
    }

    private PartRequest request(UUID id, String quantity) {
        return new PartRequest(TENANT, id, job, capacitor, qty(quantity), truck, "jana");
    }

    private StockLevel level() {
        return inventory.stock.level(TENANT, new StockKey(truck, capacitor));
    }
}
