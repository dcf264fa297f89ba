package dev.opsuite.field.testing;

import dev.opsuite.field.intake.application.port.out.LocationStore;
import dev.opsuite.field.intake.domain.Location;
import dev.opsuite.testing.fakes.InMemoryStore;
import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.UUID;

/** Customers' service locations in memory, in the order they were added. */
public final class InMemoryLocations extends InMemoryStore<Location> implements LocationStore {

    public InMemoryLocations() {
        super(Location::id, Location::tenantId);
    }

    @Override
    public Uni<List<Location>> ofCustomer(String tenantId, UUID customerId) {
        return Uni.createFrom().item(records.of(tenantId).filter(l -> l.customerId().equals(customerId)).toList());
    }

    @Override
    public Uni<Void> add(Location location) {
        return records.added(location);
    }
}
