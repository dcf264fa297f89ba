package dev.opsuite.inventory.catalog.domain;

import dev.opsuite.support.domain.Envelope;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opsuite.support.domain.Result;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class LocationAndProductTest {

    static final Instant OPENED = Instant.parse("2026-11-20T08:00:00Z");
    static final Instant LATER = Instant.parse("2026-11-21T09:30:00Z");
    static final UUID VAN = UUID.randomUUID();

    // ---- Location.open ----------------------------------------------------------------------------

    @Test
    void a_new_location_is_active_at_version_zero_with_a_stripped_name() {
        Location location = accepted(Location.open(Envelope.created(UUID.randomUUID(), "acme", "manager", OPENED), LocationType.WAREHOUSE, "  Central  ", "WH-1", "Hafenstrasse 1", null));

        assertThat(location.active()).isTrue();
        assertThat(location.version()).isZero();
        assertThat(location.name()).isEqualTo("Central");
        assertThat(location.code()).isEqualTo("WH-1");
        assertThat(location.tenantId()).isEqualTo("acme");
        assertThat(location.envelope().createdBy()).isEqualTo("manager");
        assertThat(location.envelope().updatedBy()).isEqualTo("manager");
        assertThat(location.envelope().createdAt()).isEqualTo(OPENED);
        assertThat(location.envelope().updatedAt()).isEqualTo(OPENED);
    }

    @Test
    void a_truck_names_its_vehicle() {
        Location truck = accepted(Location.open(Envelope.created(UUID.randomUUID(), "acme", "manager", OPENED), LocationType.TRUCK, "Van 7", null, null, VAN));

        assertThat(truck.type()).isEqualTo(LocationType.TRUCK);
        assertThat(truck.vehicleId()).isEqualTo(VAN);
    }

    @Test
    void a_truck_without_a_vehicle_is_refused_naming_vehicleId() {
        var result = Location.open(Envelope.created(UUID.randomUUID(), "acme", "manager", OPENED), LocationType.TRUCK, "Van", null, null, null);

        assertRejected(result, "truck-without-vehicle", "vehicleId");
    }

    @Test
    void only_a_truck_names_a_vehicle() {
        for (LocationType fixed : new LocationType[] { LocationType.WAREHOUSE, LocationType.STORE }) {
            var result = Location.open(Envelope.created(UUID.randomUUID(), "acme", "manager", OPENED), fixed, "Somewhere", null, null, VAN);

            assertRejected(result, "vehicle-on-fixed-location", "vehicleId");
        }
    }

    @Test
    void a_location_needs_a_name() {
        assertRejected(Location.open(Envelope.created(UUID.randomUUID(), "acme", "m", OPENED), LocationType.STORE, null, null, null, null),
                "blank-name", "name");
        assertRejected(Location.open(Envelope.created(UUID.randomUUID(), "acme", "m", OPENED), LocationType.STORE, " \t ", null, null, null),
                "blank-name", "name");
    }

    // ---- Location.update --------------------------------------------------------------------------

    @Test
    void an_update_changes_what_is_given_and_keeps_the_rest() {
        Location location = warehouse();

        Location updated = accepted(location.update(" Main warehouse ", null, "Kai 2", false, "clerk", LATER));

        assertThat(updated.name()).isEqualTo("Main warehouse");
        assertThat(updated.code()).isEqualTo("WH-1");
        assertThat(updated.address()).isEqualTo("Kai 2");
        assertThat(updated.active()).isFalse();
        assertThat(updated.type()).isEqualTo(LocationType.WAREHOUSE);
        assertThat(updated.envelope().updatedBy()).isEqualTo("clerk");
        assertThat(updated.envelope().updatedAt()).isEqualTo(LATER);
        assertThat(updated.envelope().createdBy()).isEqualTo("manager");
        assertThat(updated.envelope().createdAt()).isEqualTo(OPENED);
    }

    @Test
    void an_update_with_nothing_given_only_records_who_touched_it() {
        Location updated = accepted(warehouse().update(null, null, null, null, "clerk", LATER));

        assertThat(updated.name()).isEqualTo("Central");
        assertThat(updated.code()).isEqualTo("WH-1");
        assertThat(updated.address()).isEqualTo("Hafenstrasse 1");
        assertThat(updated.active()).isTrue();
        assertThat(updated.envelope().updatedBy()).isEqualTo("clerk");
    }

    @Test
    void an_update_cannot_blank_the_name_and_changes_nothing_when_refused() {
        Location location = warehouse();

        assertRejected(location.update("  ", "WH-2", null, false, "clerk", LATER), "blank-name", "name");
        assertThat(location.name()).isEqualTo("Central");
        assertThat(location.code()).isEqualTo("WH-1");
        assertThat(location.active()).isTrue();
        assertThat(location.envelope().updatedBy()).isEqualTo("manager");
    }

    @Test
    void a_deactivated_location_can_be_reactivated() {
        Location location = accepted(warehouse().update(null, null, null, false, "manager", LATER));

        assertThat(accepted(location.update(null, null, null, true, "manager", LATER)).active()).isTrue();
    }

    // ---- Product.register -------------------------------------------------------------------------

    @Test
    void a_new_product_is_active_with_stripped_values_and_pcs_by_default() {
        Product product = accepted(Product.register(Envelope.created(UUID.randomUUID(), "acme", "manager", OPENED), " CAB-1 ", " Cable ", null));

        assertThat(product.sku()).isEqualTo("CAB-1");
        assertThat(product.name()).isEqualTo("Cable");
        assertThat(product.unit()).isEqualTo("pcs");
        assertThat(product.active()).isTrue();
        assertThat(product.version()).isZero();
        assertThat(accepted(Product.register(Envelope.created(UUID.randomUUID(), "acme", "m", OPENED), "W", "Wire", "  ")).unit()).isEqualTo("pcs");
        assertThat(accepted(Product.register(Envelope.created(UUID.randomUUID(), "acme", "m", OPENED), "W", "Wire", " m ")).unit()).isEqualTo("m");
    }

    @Test
    void a_product_needs_a_sku_and_a_name() {
        assertRejected(Product.register(Envelope.created(UUID.randomUUID(), "acme", "m", OPENED), null, "Cable", null), "blank-sku", "sku");
        assertRejected(Product.register(Envelope.created(UUID.randomUUID(), "acme", "m", OPENED), " ", "Cable", null), "blank-sku", "sku");
        assertRejected(Product.register(Envelope.created(UUID.randomUUID(), "acme", "m", OPENED), "CAB-1", "", null), "blank-name", "name");
    }

    // ---- Product.update ---------------------------------------------------------------------------

    @Test
    void a_product_update_changes_what_is_given() {
        Product updated = accepted(cable().update(" CAB-2 ", null, " m ", false, "clerk", LATER));

        assertThat(updated.sku()).isEqualTo("CAB-2");
        assertThat(updated.name()).isEqualTo("Cable");
        assertThat(updated.unit()).isEqualTo("m");
        assertThat(updated.active()).isFalse();
        assertThat(updated.envelope().updatedBy()).isEqualTo("clerk");
        assertThat(updated.envelope().updatedAt()).isEqualTo(LATER);
    }

    @Test
    void a_blank_unit_keeps_the_unit() {
        assertThat(accepted(cable().update(null, null, " ", null, "clerk", LATER)).unit()).isEqualTo("pcs");
    }

    @Test
    void a_product_update_cannot_blank_the_sku_or_name_and_changes_nothing_when_refused() {
        Product product = cable();

        assertRejected(product.update(" ", "New name", null, false, "clerk", LATER), "blank-sku", "sku");
        assertRejected(product.update("CAB-9", "", null, false, "clerk", LATER), "blank-name", "name");
        assertThat(product.sku()).isEqualTo("CAB-1");
        assertThat(product.name()).isEqualTo("Cable");
        assertThat(product.active()).isTrue();
        assertThat(product.envelope().updatedBy()).isEqualTo("manager");
    }

    // ---- helpers ----------------------------------------------------------------------------------

    private static Location warehouse() {
        return accepted(Location.open(Envelope.created(UUID.randomUUID(), "acme", "manager", OPENED), LocationType.WAREHOUSE, "Central", "WH-1", "Hafenstrasse 1", null));
    }

    private static Product cable() {
        return accepted(Product.register(Envelope.created(UUID.randomUUID(), "acme", "manager", OPENED), "CAB-1", "Cable", null));
    }

    private static <T> T accepted(Result<T> result) {
        assertThat(result).isInstanceOf(Result.Accepted.class);
        return ((Result.Accepted<T>) result).value();
    }

    private static void assertRejected(Result<?> result, String code, String field) {
        assertThat(result).isInstanceOfSatisfying(Result.Rejected.class, r -> {
            assertThat(r.code()).isEqualTo(code);
            assertThat(r.field()).isEqualTo(field);
            assertThat(r.reason()).isEqualTo(Result.Reason.INVALID_VALUE);
        });
    }
}
