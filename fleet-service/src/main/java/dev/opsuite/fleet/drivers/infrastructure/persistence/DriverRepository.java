package dev.opsuite.fleet.drivers.infrastructure.persistence;

import dev.opsuite.fleet.drivers.application.port.in.ManageDriversUseCase.DriverFilter;
import dev.opsuite.fleet.drivers.application.port.out.DriverStore;
import dev.opsuite.fleet.drivers.domain.Driver;
import dev.opsuite.support.paging.Criteria;
import dev.opsuite.support.persistence.Envelopes;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import dev.opsuite.fleet.kernel.persistence.TenantRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
class DriverRepository implements TenantRepository<DriverEntity, Driver>, DriverStore {

    @Override
    public Uni<Page<Driver>> search(String tenantId, DriverFilter filter, PageRequest page) {
        Criteria where = Criteria.forTenant(tenantId).eq("status", filter.status())
                .containsText(filter.text(), "name", "employeeNumber");
        // The id breaks ties, so pages neither repeat nor skip rows.
        var query = find(where.query() + page.orderClause() + ", id", where.parameters()).page(page.index(), page.size());
        return query.list().chain(rows -> query.count()
                .map(total -> Page.of(rows.stream().map(this::toDomain).toList(), page, total)));
    }

    @Override
    public Uni<Driver> add(Driver driver) {
        DriverEntity e = new DriverEntity();
        e.id = driver.id();
        e.employeeNumber = driver.employeeNumber();
        copy(driver, e);
        return persist(e).call(this::flush).map(this::toDomain);
    }

    @Override
    public Uni<Driver> save(Driver driver) {
        // Loaded in this session (findForUpdate): copying onto it and flushing bumps the version.
        return findById(driver.id()).invoke(e -> copy(driver, e)).call(e -> flush()).map(this::toDomain);
    }

    private static void copy(Driver d, DriverEntity e) {
        e.name = d.name();
        e.phone = d.phone();
        e.status = d.status();
        Envelopes.stamp(e, d.envelope());
    }

    @Override
    public Class<DriverEntity> rowType() {
        return DriverEntity.class;
    }

    @Override
    public Driver toDomain(DriverEntity e) {
        return new Driver(Envelopes.of(e.id, e), e.employeeNumber, e.name, e.phone, e.status);
    }
}
