package dev.opsuite.fleet.testing;

import dev.opsuite.fleet.drivers.application.port.in.ManageDriversUseCase.DriverFilter;
import dev.opsuite.fleet.drivers.application.port.out.DriverNumbers;
import dev.opsuite.fleet.drivers.application.port.out.DriverStore;
import dev.opsuite.fleet.drivers.domain.Driver;
import dev.opsuite.support.paging.Page;
import dev.opsuite.testing.fakes.TenantRecords;
import dev.opsuite.support.paging.PageRequest;
import io.smallrye.mutiny.Uni;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Drivers in memory, with their employee numbers drawn per tenant: DRV-0001, DRV-0002, ... */
public final class InMemoryDrivers implements DriverStore, DriverNumbers {

    private final TenantRecords<Driver> drivers = new TenantRecords<>(Driver::id, Driver::tenantId);
    private final Map<String, Integer> drawn = new HashMap<>();

    public Driver given(Driver driver) {
        return drivers.put(driver);
    }

    @Override
    public Uni<String> next(String tenantId) {
        int n = drawn.merge(tenantId, 1, Integer::sum);
        return Uni.createFrom().item(String.format(Locale.ROOT, "DRV-%04d", n));
    }

    @Override
    public Uni<Optional<Driver>> find(String tenantId, UUID id) {
        return drivers.find(tenantId, id);
    }

    @Override
    public Uni<Optional<Driver>> findForUpdate(String tenantId, UUID id) {
        return find(tenantId, id);
    }

    @Override
    public Uni<Optional<Driver>> findForShare(String tenantId, UUID id) {
        return find(tenantId, id);
    }

    @Override
    public Uni<Map<UUID, Driver>> findAll(String tenantId, Collection<UUID> ids) {
        return drivers.findAll(tenantId, ids);
    }

    @Override
    public Uni<Page<Driver>> search(String tenantId, DriverFilter filter, PageRequest page) {
        return drivers.page(tenantId, d -> (filter.status() == null || d.status() == filter.status())
                && (filter.text() == null || d.name().toLowerCase(Locale.ROOT)
                        .contains(filter.text().toLowerCase(Locale.ROOT))),
                Comparator.comparing(Driver::employeeNumber), page);
    }

    @Override
    public Uni<Driver> add(Driver driver) {
        return drivers.saved(driver);
    }

    @Override
    public Uni<Driver> save(Driver driver) {
        return add(driver);
    }
}
