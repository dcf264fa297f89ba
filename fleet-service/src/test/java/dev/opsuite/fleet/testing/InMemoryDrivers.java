package dev.opsuite.fleet.testing;

import dev.opsuite.fleet.drivers.application.port.in.ManageDriversUseCase.DriverFilter;
import dev.opsuite.fleet.drivers.application.port.out.DriverNumbers;
import dev.opsuite.fleet.drivers.application.port.out.DriverStore;
import dev.opsuite.fleet.drivers.domain.Driver;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import io.smallrye.mutiny.Uni;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Drivers in memory, with their employee numbers drawn per tenant: DRV-0001, DRV-0002, ... */
public final class InMemoryDrivers extends InMemoryLookup<Driver> implements DriverStore, DriverNumbers {

    private final Map<String, Integer> drawn = new HashMap<>();

    @Override
    public Uni<String> next(String tenantId) {
        int n = drawn.merge(tenantId, 1, Integer::sum);
        return Uni.createFrom().item(String.format(Locale.ROOT, "DRV-%04d", n));
    }

    @Override
    public Uni<Page<Driver>> search(String tenantId, DriverFilter filter, PageRequest page) {
        return records.page(tenantId, d -> (filter.status() == null || d.status() == filter.status())
                && (filter.text() == null || d.name().toLowerCase(Locale.ROOT)
                        .contains(filter.text().toLowerCase(Locale.ROOT))),
                Comparator.comparing(Driver::employeeNumber), page);
    }

    @Override
    public Uni<Driver> add(Driver driver) {
        return records.saved(driver);
    }

    @Override
    public Uni<Driver> save(Driver driver) {
        return add(driver);
    }
}
