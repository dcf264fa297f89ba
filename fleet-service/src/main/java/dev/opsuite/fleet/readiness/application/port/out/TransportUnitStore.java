package dev.opsuite.fleet.readiness.application.port.out;

import dev.opsuite.fleet.readiness.application.port.in.ManageTransportUnitsUseCase.ReadinessCounts;
import dev.opsuite.fleet.readiness.application.port.in.ManageTransportUnitsUseCase.UnitFilter;
import dev.opsuite.fleet.kernel.SubjectRef;
import dev.opsuite.fleet.readiness.domain.TransportUnit;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import dev.opsuite.fleet.kernel.application.TenantLookup;
import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.UUID;

/** Where transport units are kept. Every method but {@link #tenantsWithActiveUnits()} is scoped to one tenant. */
public interface TransportUnitStore extends TenantLookup<TransportUnit> {

    /** The active units the driver, vehicle or trailer is in (at most one), locked for update. */
    Uni<List<TransportUnit>> activeOfSubjectForUpdate(String tenantId, SubjectRef subject);

    /** The next {@code size} active units by id after {@code afterId} (null: from the start), locked for update. */
    Uni<List<TransportUnit>> activeBatchForUpdate(String tenantId, UUID afterId, int size);

    Uni<List<String>> tenantsWithActiveUnits();

    Uni<ReadinessCounts> countActiveByReadiness(String tenantId);

    Uni<Page<TransportUnit>> search(String tenantId, UnitFilter filter, PageRequest page);

    /** Inserts now, so that a member already in an active unit fails inside the use case. */
    Uni<TransportUnit> add(TransportUnit unit);

    /**
     * Writes the changes of units loaded in this transaction and answers them at their new versions.
     * Everything this transaction loaded is written by then and no longer held: load again what is needed after.
     */
    Uni<List<TransportUnit>> saveAll(List<TransportUnit> units);
}
