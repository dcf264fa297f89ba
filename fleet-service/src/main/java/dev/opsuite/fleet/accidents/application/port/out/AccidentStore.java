package dev.opsuite.fleet.accidents.application.port.out;

import dev.opsuite.fleet.accidents.application.port.in.FindAccidentsQuery.AccidentFilter;
import dev.opsuite.fleet.accidents.domain.Accident;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import io.smallrye.mutiny.Uni;
import java.util.Optional;
import java.util.UUID;

/** Where accidents are kept. Every method is scoped to one tenant; a missing accident is null. */
public interface AccidentStore {

    Uni<Optional<Accident>> find(String tenantId, UUID id);

    /** Holding a row lock until the transaction ends: changes of one accident (and its photos) queue. */
    Uni<Optional<Accident>> findForUpdate(String tenantId, UUID id);

    Uni<Page<Accident>> search(String tenantId, AccidentFilter filter, PageRequest page);

    Uni<Accident> add(Accident accident);

    /** Writes the change now and answers the accident at its new version. */
    Uni<Accident> save(Accident accident);

    /** How many accidents of the vehicle other than {@code exceptId} are still REPORTED (in repair). */
    Uni<Long> countOpen(String tenantId, UUID vehicleId, UUID exceptId);
}
