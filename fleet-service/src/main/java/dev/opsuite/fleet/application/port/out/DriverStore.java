package dev.opsuite.fleet.application.port.out;

import dev.opsuite.fleet.application.port.in.ManageDriversUseCase.DriverFilter;
import dev.opsuite.fleet.domain.Driver;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import io.smallrye.mutiny.Uni;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/** Where drivers are kept. Every method is scoped to one tenant; a missing driver is null. */
public interface DriverStore {

    Uni<Driver> find(String tenantId, UUID id);

    /** Holding a row lock until the transaction ends: changes of one driver and its documents queue. */
    Uni<Driver> findForUpdate(String tenantId, UUID id);

    /** Holding a shared lock: the driver cannot change until a unit formed with it commits. */
    Uni<Driver> findForShare(String tenantId, UUID id);

    Uni<Map<UUID, Driver>> findAll(String tenantId, Collection<UUID> ids);

    Uni<Page<Driver>> search(String tenantId, DriverFilter filter, PageRequest page);

    Uni<Driver> add(Driver driver);

    /** Writes the change now and answers the driver at its new version. */
    Uni<Driver> save(Driver driver);
}
