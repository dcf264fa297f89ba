package dev.opsuite.field.technicians.application.port.out;

import dev.opsuite.field.technicians.domain.Technician;
import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where technicians are kept. Every method is scoped to one tenant. */
public interface TechnicianStore {

    /** Empty when the technician does not exist in this tenant. */
    Uni<Optional<Technician>> find(String tenantId, UUID id);

    Uni<Optional<Technician>> ofUser(String tenantId, String userId);

    /** Every technician of the tenant, by name. */
    Uni<List<Technician>> all(String tenantId);

    /** Writes the technician now: a login or truck another technician has is refused here. */
    Uni<Technician> add(Technician technician);

    /** Writes a changed technician loaded in this transaction; answers it at its new version. */
    Uni<Technician> update(Technician technician);
}
