package dev.opsuite.fleet.drivers.application.port.in;

import dev.opsuite.fleet.drivers.domain.Driver;
import dev.opsuite.fleet.kernel.DriverStatus;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import dev.opsuite.support.tenancy.Actor;
import io.smallrye.mutiny.Uni;
import java.util.UUID;

/** Registers, edits and reads the drivers of the caller's tenant. */
public interface ManageDriversUseCase {

    record RegisterDriverCommand(Actor actor, String name, String phone) {
    }

    /**
     * Changes what is given; null leaves a field as it is. A status change reassesses the driver's
     * transport unit in the same transaction.
     *
     * @param expectedVersion the version the caller saw (If-Match), or null
     */
    record UpdateDriverCommand(Actor actor, UUID driverId, Long expectedVersion, String name, String phone,
            DriverStatus status) {
    }

    /** Every filter is optional (null); {@code text} matches the name or the employee number. */
    record DriverFilter(DriverStatus status, String text) {
    }

    /** A new ACTIVE driver with the next employee number of the tenant (DRV-0001, ...). */
    Uni<Driver> register(RegisterDriverCommand command);

    Uni<Driver> update(UpdateDriverCommand command);

    /** The driver, or 404 {@code driver-not-found}. */
    Uni<Driver> driver(String tenantId, UUID id);

    Uni<Page<Driver>> search(String tenantId, DriverFilter filter, PageRequest page);
}
