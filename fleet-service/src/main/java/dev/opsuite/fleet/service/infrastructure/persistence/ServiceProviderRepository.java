package dev.opsuite.fleet.service.infrastructure.persistence;

import dev.opsuite.fleet.service.application.port.in.ManageServiceProvidersUseCase.ProviderFilter;
import dev.opsuite.fleet.service.application.port.out.ServiceProviderStore;
import dev.opsuite.fleet.service.domain.GeoDistance;
import dev.opsuite.fleet.service.domain.GeoPoint;
import dev.opsuite.fleet.service.domain.ServiceProvider;
import dev.opsuite.support.paging.Criteria;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import dev.opsuite.support.persistence.Envelopes;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class ServiceProviderRepository implements PanacheRepositoryBase<ServiceProviderEntity, UUID>, ServiceProviderStore {

    @Override
    public Uni<Optional<ServiceProvider>> find(String tenantId, UUID id) {
        return find("id = ?1 and tenantId = ?2", id, tenantId).firstResult().map(e -> Optional.ofNullable(e).map(ServiceProviderRepository::toDomain));
    }

    @Override
    public Uni<Page<ServiceProvider>> search(String tenantId, ProviderFilter filter, PageRequest page) {
        Criteria where = offering(Criteria.forTenant(tenantId).eq("active", filter.active())
                .containsText(filter.text(), "name", "address"), filter.service());
        // The id breaks ties, so pages neither repeat nor skip rows.
        var query = find(where.query() + page.orderClause() + ", id", where.parameters()).page(page.index(), page.size());
        return query.list().chain(rows -> query.count()
                .map(total -> Page.of(rows.stream().map(ServiceProviderRepository::toDomain).toList(), page, total)));
    }

    @Override
    public Uni<List<ServiceProvider>> within(String tenantId, GeoDistance.BoundingBox box, String service) {
        Criteria where = Criteria.forTenant(tenantId).eq("active", true)
                .where("latitude between :minLatitude and :maxLatitude",
                        Map.of("minLatitude", box.minLatitude(), "maxLatitude", box.maxLatitude()));
        if (!box.allLongitudes()) {
            String longitude = box.wrapsAntimeridian() ? "longitude >= :minLongitude or longitude <= :maxLongitude"
                    : "longitude between :minLongitude and :maxLongitude";
            where.where(longitude, Map.of("minLongitude", box.minLongitude(), "maxLongitude", box.maxLongitude()));
        }
        return list(offering(where, service).query(), where.parameters())
                .map(rows -> rows.stream().map(ServiceProviderRepository::toDomain).toList());
    }

    private static Criteria offering(Criteria where, String service) {
        if (service == null || service.isBlank()) {
            return where;
        }
        return where.where("array_contains(services, :service)", Map.of("service", ServiceProvider.normalizeService(service)));
    }

    @Override
    public Uni<ServiceProvider> add(ServiceProvider provider) {
        ServiceProviderEntity e = new ServiceProviderEntity();
        e.id = provider.id();
        e.tenantId = provider.tenantId();
        e.createdBy = provider.createdBy();
        e.createdAt = provider.createdAt();
        copy(provider, e);
        return persist(e).call(this::flush).map(ServiceProviderRepository::toDomain);
    }

    @Override
    public Uni<ServiceProvider> save(ServiceProvider provider) {
        // The entity is already in this session (loaded by find); copying onto it and flushing
        // writes the change and bumps the version, which the caller returns as the ETag.
        return findById(provider.id()).invoke(e -> copy(provider, e)).call(e -> flush())
                .map(ServiceProviderRepository::toDomain);
    }

    private static void copy(ServiceProvider p, ServiceProviderEntity e) {
        e.name = p.name();
        e.address = p.address();
        e.latitude = p.location().latitude();
        e.longitude = p.location().longitude();
        e.rating = p.rating();
        e.services = p.services().toArray(String[]::new);
        e.phone = p.phone();
        e.active = p.active();
        e.updatedBy = p.updatedBy();
        e.updatedAt = p.updatedAt();
    }

    static ServiceProvider toDomain(ServiceProviderEntity e) {
        return new ServiceProvider(Envelopes.of(e.id, e), e.name, e.address, new GeoPoint(e.latitude, e.longitude),
                e.rating, List.of(e.services), e.phone, e.active);
    }
}
