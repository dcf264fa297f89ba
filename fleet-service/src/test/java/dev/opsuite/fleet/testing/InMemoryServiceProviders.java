package dev.opsuite.fleet.testing;

import dev.opsuite.fleet.service.application.port.in.ManageServiceProvidersUseCase.ProviderFilter;
import dev.opsuite.fleet.service.application.port.out.ServiceProviderStore;
import dev.opsuite.fleet.service.domain.GeoDistance;
import dev.opsuite.fleet.service.domain.ServiceProvider;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import io.smallrye.mutiny.Uni;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The service provider directory in memory; the box is searched as the position index is. */
public final class InMemoryServiceProviders implements ServiceProviderStore {

    private final Map<UUID, ServiceProvider> providers = new LinkedHashMap<>();

    @Override
    public Uni<Optional<ServiceProvider>> find(String tenantId, UUID id) {
        return Uni.createFrom().item(Optional.ofNullable(providers.get(id)).filter(p -> p.tenantId().equals(tenantId)));
    }

    @Override
    public Uni<Page<ServiceProvider>> search(String tenantId, ProviderFilter filter, PageRequest page) {
        String text = filter.text() == null ? null : filter.text().toLowerCase(Locale.ROOT);
        List<ServiceProvider> matching = providers.values().stream().filter(p -> p.tenantId().equals(tenantId))
                .filter(p -> filter.active() == null || p.active() == filter.active())
                .filter(p -> offers(p, filter.service()))
                .filter(p -> text == null || p.name().toLowerCase(Locale.ROOT).contains(text)
                        || p.address().toLowerCase(Locale.ROOT).contains(text))
                .sorted(Comparator.comparing(ServiceProvider::name))
                .toList();
        return Uni.createFrom().item(Page.slice(matching, page));
    }

    @Override
    public Uni<List<ServiceProvider>> within(String tenantId, GeoDistance.BoundingBox box, String service) {
        return Uni.createFrom().item(providers.values().stream()
                .filter(p -> p.tenantId().equals(tenantId) && p.active() && box.contains(p.location()) && offers(p, service))
                .toList());
    }

    @Override
    public Uni<ServiceProvider> add(ServiceProvider provider) {
        providers.put(provider.id(), provider);
        return Uni.createFrom().item(provider);
    }

    @Override
    public Uni<ServiceProvider> save(ServiceProvider provider) {
        return add(provider);
    }

    private static boolean offers(ServiceProvider p, String service) {
        return service == null || service.isBlank() || p.services().contains(ServiceProvider.normalizeService(service));
    }
}
