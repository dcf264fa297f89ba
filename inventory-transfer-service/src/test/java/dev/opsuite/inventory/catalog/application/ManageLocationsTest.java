package dev.opsuite.inventory.catalog.application;

import static dev.opsuite.inventory.testing.Inventory.MANAGER;
import static dev.opsuite.inventory.testing.Inventory.TENANT;
import static dev.opsuite.testing.fakes.Outcomes.done;
import static dev.opsuite.testing.fakes.Outcomes.refused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opsuite.inventory.catalog.application.port.in.ManageLocationsUseCase;
import dev.opsuite.inventory.catalog.application.port.in.ManageLocationsUseCase.LocationFilter;
import dev.opsuite.inventory.catalog.application.port.in.ManageLocationsUseCase.OpenLocationCommand;
import dev.opsuite.inventory.catalog.application.port.in.ManageLocationsUseCase.UpdateLocationCommand;
import dev.opsuite.inventory.catalog.domain.Location;
import dev.opsuite.inventory.catalog.domain.LocationType;
import dev.opsuite.inventory.testing.Inventory;
import dev.opsuite.support.application.Rejection;
import dev.opsuite.support.paging.PageRequest;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The places stock is kept: warehouses, stores and trucks (a truck names its fleet vehicle). */
class ManageLocationsTest {

    final Inventory inventory = new Inventory();
    final ManageLocationsUseCase locations = inventory.manageLocations;

    @Test
    void a_truck_is_opened_with_its_vehicle_and_later_taken_out_of_use() {
        UUID vehicle = UUID.randomUUID();
        Location truck = done(locations.open(new OpenLocationCommand(MANAGER, LocationType.TRUCK, " Van 7 ", null, null, vehicle)));
        inventory.clock.advance(Duration.ofDays(1));

        Location retired = done(locations.update(new UpdateLocationCommand(MANAGER, truck.id(), truck.version(), null,
                null, null, false)));

        assertThat(truck.name()).isEqualTo("Van 7");
        assertThat(truck.vehicleId()).isEqualTo(vehicle);
        assertThat(truck.envelope().createdAt()).isEqualTo(inventory.clock.instant().minus(Duration.ofDays(1)));
        assertThat(retired.active()).isFalse();
        assertThat(retired.version()).isEqualTo(truck.version() + 1);
        assertThat(retired.envelope().updatedAt()).isEqualTo(inventory.clock.instant());
        assertThat(done(locations.search(TENANT, new LocationFilter(LocationType.TRUCK, false, null),
                new PageRequest(1, 20, "name", true))).items()).extracting(Location::id).containsExactly(truck.id());
    }

    @Test
    void a_truck_without_its_vehicle_is_refused_and_a_stale_update_too() {
        Location store = done(locations.open(new OpenLocationCommand(MANAGER, LocationType.STORE, "Store", null, null, null)));
        done(locations.update(new UpdateLocationCommand(MANAGER, store.id(), null, "Store 2", null, null, null)));

        assertThat(refused(locations.open(new OpenLocationCommand(MANAGER, LocationType.TRUCK, "Van", null, null, null))).code())
                .isEqualTo("truck-without-vehicle");
        assertThat(refused(locations.update(new UpdateLocationCommand(MANAGER, store.id(), store.version(), "Store 3",
                null, null, null))).kind()).isEqualTo(Rejection.Kind.STALE);
        assertThat(refused(locations.find("globex", store.id())).kind()).isEqualTo(Rejection.Kind.NOT_FOUND);
    }
}
