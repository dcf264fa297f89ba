package dev.opsuite.field.intake.application.port.in;

import dev.opsuite.field.intake.domain.Location;
import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.UUID;

/** Reads a customer's service locations. */
public interface FindLocationsQuery {

    /** The customer's locations, oldest first; an unknown customer is NOT_FOUND. */
    Uni<List<Location>> locations(String tenantId, UUID customerId);

    /** One location of the customer; another customer's location, or none, is NOT_FOUND. */
    Uni<Location> location(String tenantId, UUID customerId, UUID id);
}
