package dev.opsuite.field.technicians.application.port.in;

import dev.opsuite.field.kernel.Trade;
import dev.opsuite.field.technicians.domain.Technician;
import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads technicians of the caller's tenant. */
public interface FindTechniciansQuery {

    Uni<Technician> technician(String tenantId, UUID id);

    /** The technician whose login is {@code userId}, if one is. */
    Uni<Optional<Technician>> ofUser(String tenantId, String userId);

    /** Every technician, by name; only those with a skill in {@code trade} when it is not null. */
    Uni<List<Technician>> technicians(String tenantId, Trade trade);
}
