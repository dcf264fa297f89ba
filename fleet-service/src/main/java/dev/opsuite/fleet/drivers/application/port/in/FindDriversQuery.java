package dev.opsuite.fleet.drivers.application.port.in;

import dev.opsuite.fleet.drivers.domain.Driver;
import dev.opsuite.fleet.kernel.application.TenantLookup;

/** The drivers of a tenant as the other capabilities of the fleet name them (an empty answer is theirs to judge). */
public interface FindDriversQuery extends TenantLookup<Driver> {
}
