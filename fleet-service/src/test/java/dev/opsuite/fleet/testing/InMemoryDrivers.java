package dev.opsuite.fleet.testing;

import dev.opsuite.fleet.drivers.application.port.in.ManageDriversUseCase.DriverFilter;
import dev.opsuite.fleet.drivers.application.port.out.DriverNumbers;
import dev.opsuite.fleet.drivers.application.port.out.DriverStore;
import dev.opsuite.fleet.drivers.domain.Driver;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import io.smallrye.mutiny.Uni;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Drivers in memory, with their employee numbers drawn per tenant: DRV-0001, DRV-0002, ... */
public final class InMemoryDrivers implements DriverStore, DriverNumbers {

    private final Map<UUID, Driver> drivers = new LinkedHashMap<>();
    private final Map<String, Integer> drawn = new HashMap<>();

    public Driver given(Driver driver) {
        drivers.put(driver.id(), driver);
        return driver;
    }

    @Override
    public Uni<String> next(String tenantId) {
        int n = drawn.merge(tenantId, 1, Integer::sum);
        return Uni.createFrom().item(String.format(Locale.ROOT, "DRV-%04d", n));
    }

    @Override
    public Uni<Optional<Driver>> find(String tenantId, UUID id) {
        return Uni.createFrom().item(Optional.ofNullable(drivers.get(id)).filter(d -> d.tenantId().equals(tenantId)));
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
        Map<UUID, Driver> found = new HashMap<>();
        ids.forEach(id -> Optional.ofNullable(drivers.get(id)).filter(d -> d.tenantId().equals(tenantId))
                .ifPresent(d -> found.put(id, d)));
        return Uni.createFrom().item(found);
    }

    @Override
    public Uni<Page<Driver>> search(String tenantId, DriverFilter filter, PageRequest page) {
        List<Driver> matching = drivers.values().stream()
                .filter(d -> d.tenantId().equals(tenantId))
                .filter(d -> filter.status() == null || d.status() == filter.status())
                .filter(d -> filter.text() == null || d.name().toLowerCase(Locale.ROOT)
                        .contains(filter.text().toLowerCase(Locale.ROOT)))
                .sorted(Comparator.comparing(Driver::employeeNumber))
                .toList();
        return Uni.createFrom().item(Page.of(matching.stream().skip(page.offset()).limit(page.size()).toList(), page,
                matching.size()));
    }

    @Override
    public Uni<Driver> add(Driver driver) {
        drivers.put(driver.id(), driver);
        return Uni.createFrom().item(driver);
    }

    @Override
    public Uni<Driver> save(Driver driver) {
        return add(driver);
    }
}
