package dev.opsuite.fleet.drivers.infrastructure.persistence;

import dev.opsuite.fleet.kernel.persistence.ReadOnly;

import dev.opsuite.fleet.drivers.application.port.in.ManageDriversUseCase.DriverFilter;
import dev.opsuite.fleet.drivers.application.port.out.DriverStore;
import dev.opsuite.fleet.drivers.domain.Driver;
import dev.opsuite.support.paging.Criteria;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
class DriverRepository implements PanacheRepositoryBase<DriverEntity, UUID>, DriverStore {

    private static final String BY_ID = "id = ?1 and tenantId = ?2";

    @Override
    public Uni<Optional<Driver>> find(String tenantId, UUID id) {
        return find(BY_ID, id, tenantId).firstResult().map(DriverRepository::toOptional);
    }

    @Override
    public Uni<Optional<Driver>> findForUpdate(String tenantId, UUID id) {
        return find(BY_ID, id, tenantId).withLock(LockModeType.PESSIMISTIC_WRITE).firstResult()
                .map(DriverRepository::toOptional);
    }

    @Override
    public Uni<Optional<Driver>> findForShare(String tenantId, UUID id) {
        return find(BY_ID, id, tenantId).withLock(LockModeType.PESSIMISTIC_READ).firstResult()
                .map(DriverRepository::toOptional);
    }

    @Override
    public Uni<Map<UUID, Driver>> findAll(String tenantId, Collection<UUID> ids) {
        if (ids == null || ids.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        Criteria where = Criteria.forTenant(tenantId).in("id", Set.copyOf(ids));
        return ReadOnly.list(getSession(), DriverEntity.class, where.query(), where.parameters())
                .map(rows -> rows.stream().map(DriverRepository::toDomain)
                .collect(Collectors.toMap(Driver::id, Function.identity())));
    }

    @Override
    public Uni<Page<Driver>> search(String tenantId, DriverFilter filter, PageRequest page) {
        Criteria where = Criteria.forTenant(tenantId).eq("status", filter.status())
                .containsText(filter.text(), "name", "employeeNumber");
        // The id breaks ties, so pages neither repeat nor skip rows.
        var query = find(where.query() + page.orderClause() + ", id", where.parameters()).page(page.index(), page.size());
        return query.list().chain(rows -> query.count()
                .map(total -> Page.of(rows.stream().map(DriverRepository::toDomain).toList(), page, total)));
    }

    @Override
    public Uni<Driver> add(Driver driver) {
        DriverEntity e = new DriverEntity();
        e.id = driver.id();
        e.tenantId = driver.tenantId();
        e.employeeNumber = driver.employeeNumber();
        e.createdBy = driver.createdBy();
        e.createdAt = driver.createdAt();
        copy(driver, e);
        return persist(e).call(this::flush).map(DriverRepository::toDomain);
    }

    @Override
    public Uni<Driver> save(Driver driver) {
        // Loaded in this session (findForUpdate): copying onto it and flushing bumps the version.
        return findById(driver.id()).invoke(e -> copy(driver, e)).call(e -> flush()).map(DriverRepository::toDomain);
    }

    private static void copy(Driver d, DriverEntity e) {
        e.name = d.name();
        e.phone = d.phone();
        e.status = d.status();
        e.updatedBy = d.updatedBy();
        e.updatedAt = d.updatedAt();
    }

    private static Optional<Driver> toOptional(DriverEntity e) {
        return Optional.ofNullable(e).map(DriverRepository::toDomain);
    }

    private static Driver toDomain(DriverEntity e) {
        return new Driver(e.id, e.tenantId, e.employeeNumber, e.name, e.phone, e.status, e.createdBy, e.createdAt,
                e.updatedBy, e.updatedAt, e.version);
    }
}
