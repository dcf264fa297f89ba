package dev.opsuite.fleet.drivers.application.port.out;

import io.smallrye.mutiny.Uni;

/** Employee numbers of drivers: DRV-0001, DRV-0002, ... per tenant, gap-free; call inside the registering transaction. */
public interface DriverNumbers {

    Uni<String> next(String tenantId);
}
