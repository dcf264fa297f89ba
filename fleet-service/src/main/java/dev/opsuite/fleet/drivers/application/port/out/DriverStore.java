package dev.opsuite.fleet.drivers.application.port.out;

import dev.opsuite.fleet.drivers.application.port.in.ManageDriversUseCase.DriverFilter;
import dev.opsuite.fleet.drivers.domain.Driver;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import dev.opsuite.fleet.kernel.application.TenantLookup;
import io.smallrye.mutiny.Uni;

/** Where drivers are kept. Every method is scoped to one tenant. */
public interface DriverStore extends TenantLookup<Driver> {

    Uni<Page<Driver>> search(String tenantId, DriverFilter filter, PageRequest page);

    Uni<Driver> add(Driver driver);

    /** Writes the change now and answers the driver at its new version. */
    Uni<Driver> save(Driver driver);
}
