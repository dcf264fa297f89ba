package dev.opsuite.fleet.drivers.application.port.out;

import dev.opsuite.fleet.drivers.application.port.in.ManageDriversUseCase.DriverFilter;
import dev.opsuite.fleet.drivers.domain.Driver;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import io.smallrye.mutiny.Uni;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Where drivers are kept. Every method is scoped to one tenant. */
public interface DriverStore {

    Uni<Optional<Driver>> find(String tenantId, UUID id);

    /** Holding a row lock until the transaction ends: changes of one driver and its documents queue. */
    Uni<Optional<Driver>> findForUpdate(String tenantId, UUID id);

    /** Holding a shared lock: the driver cannot change until a unit formed with it commits. */
    Uni<Optional<Driver>> findForShare(String tenantId, UUID id);

    /** Read-only: nothing of them is written back. */
    Uni<Map<UUID, Driver>> findAll(String tenantId, Collection<UUID> ids);

    Uni<Page<Driver>> search(String tenantId, DriverFilter filter, PageRequest page);

    Uni<Driver> add(Driver driver);

    /** Writes the change now and answers the driver at its new version. */
    Uni<Driver> save(Driver driver);
}
