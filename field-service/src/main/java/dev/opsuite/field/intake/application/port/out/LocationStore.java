package dev.opsuite.field.intake.application.port.out;

import dev.opsuite.field.intake.domain.Location;
import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where customers' service locations are kept. Every method is scoped to one tenant. */
public interface LocationStore {

    /** Empty when the location does not exist in this tenant. */
    Uni<Optional<Location>> find(String tenantId, UUID id);

    /** The customer's locations, oldest first. */
    Uni<List<Location>> ofCustomer(String tenantId, UUID customerId);

    Uni<Void> add(Location location);
}
