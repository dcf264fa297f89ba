package dev.opsuite.fleet.testing;

import dev.opsuite.fleet.service.application.port.in.ManageServiceProvidersUseCase.ProviderFilter;
import dev.opsuite.fleet.service.application.port.out.ServiceProviderStore;
import dev.opsuite.fleet.service.domain.GeoDistance;
import dev.opsuite.fleet.service.domain.ServiceProvider;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import dev.opsuite.testing.fakes.InMemoryStore;
import io.smallrye.mutiny.Uni;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The service provider directory in memory; the box is searched as the position index is. */
public final class InMemoryServiceProviders extends InMemoryStore<ServiceProvider> implements ServiceProviderStore {

    public InMemoryServiceProviders() {
        super(ServiceProvider::id, ServiceProvider::tenantId);
    }

    @Override
    public Uni<Page<ServiceProvider>> search(String tenantId, ProviderFilter filter, PageRequest page) {
        String text = filter.text() == null ? null : filter.text().toLowerCase(Locale.ROOT);
        return records.page(tenantId, p -> (filter.active() == null || p.active() == filter.active())
                && offers(p, filter.service()) && (text == null || p.name().toLowerCase(Locale.ROOT).contains(text)
                        || p.address().toLowerCase(Locale.ROOT).contains(text)),
                Comparator.comparing(ServiceProvider::name), page);
    }

    @Override
    public Uni<List<ServiceProvider>> within(String tenantId, GeoDistance.BoundingBox box, String service) {
        return Uni.createFrom().item(records.of(tenantId)
                .filter(p -> p.active() && box.contains(p.location()) && offers(p, service)).toList());
    }

    @Override
    public Uni<ServiceProvider> add(ServiceProvider provider) {
        return records.saved(provider);
    }

    @Override
    public Uni<ServiceProvider> save(ServiceProvider provider) {
        return add(provider);
    }

    private static boolean offers(ServiceProvider p, String service) {
        return service == null || service.isBlank() || p.services().contains(ServiceProvider.normalizeService(service));
    }
}
