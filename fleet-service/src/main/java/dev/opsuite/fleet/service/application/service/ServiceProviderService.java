package dev.opsuite.fleet.service.application.service;

import dev.opsuite.fleet.service.application.port.in.ManageServiceProvidersUseCase;
import dev.opsuite.fleet.service.application.port.out.ServiceProviderStore;
import dev.opsuite.fleet.service.domain.GeoDistance;
import dev.opsuite.fleet.service.domain.NearbyProviders;
import dev.opsuite.fleet.service.domain.ServiceProvider;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import dev.opsuite.support.application.Rejection;
import dev.opsuite.support.tenancy.Actor;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
class ServiceProviderService implements ManageServiceProvidersUseCase {

    static final String WHAT = "service-provider";

    private final ServiceProviderStore providers;
    private final Clock clock;

    ServiceProviderService(ServiceProviderStore providers, Clock clock) {
        this.providers = providers;
        this.clock = clock;
    }

    @Override
    @WithTransaction
    public Uni<ServiceProvider> register(RegisterProviderCommand command) {
        Actor actor = command.actor();
        return Uni.createFrom().item(() -> Rejection.orThrow(ServiceProvider.register(UUID.randomUUID(), actor.tenantId(),
                        command.listing(), actor.userId(), clock.instant())))
                .chain(providers::add);
    }

    @Override
    @WithTransaction
    public Uni<ServiceProvider> update(UpdateProviderCommand c) {
        Actor actor = c.actor();
        return providers.find(actor.tenantId(), c.providerId())
                .map(found -> {
                    var provider = found.orElseThrow(Rejection.missing(WHAT, c.providerId()));
                    Rejection.requireVersion(c.expectedVersion(), provider.version());
                    return Rejection.orThrow(provider.update(c.name(), c.address(), c.location(), c.rating(), c.services(),
                            c.phone(), c.active(), actor.userId(), clock.instant()));
                })
                .chain(providers::save);
    }

    @Override
    @WithSession
    public Uni<ServiceProvider> provider(String tenantId, UUID id) {
        return providers.find(tenantId, id).map(provider -> provider.orElseThrow(Rejection.missing(WHAT, id)));
    }

    @Override
    @WithSession
    public Uni<Page<ServiceProvider>> providers(String tenantId, ProviderFilter filter, PageRequest page) {
        return providers.search(tenantId, filter, page);
    }

    /**
     * The database narrows the directory to the bounding box of the circle (an index range scan on
     * latitude, longitude); the exact great-circle distance ranks what is left.
     */
    @Override
    @WithSession
    public Uni<List<NearbyProviders.Nearby>> nearby(String tenantId, NearbySearch search) {
        String service = search.service() == null || search.service().isBlank() ? null
                : ServiceProvider.normalizeService(search.service());
        return providers.within(tenantId, GeoDistance.box(search.from(), search.radiusKm()), service)
                .map(candidates -> NearbyProviders.nearest(candidates, search.from(), search.radiusKm(), service, search.limit()));
    }
}
