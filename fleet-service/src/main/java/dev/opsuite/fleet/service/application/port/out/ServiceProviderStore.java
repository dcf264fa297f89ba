package dev.opsuite.fleet.service.application.port.out;

import dev.opsuite.fleet.service.application.port.in.ManageServiceProvidersUseCase.ProviderFilter;
import dev.opsuite.fleet.service.domain.GeoDistance;
import dev.opsuite.fleet.service.domain.ServiceProvider;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where the provider directory is kept. Every method is scoped to one tenant. */
public interface ServiceProviderStore {

    /** Null when the provider does not exist in this tenant. */
    Uni<Optional<ServiceProvider>> find(String tenantId, UUID id);

    Uni<Page<ServiceProvider>> search(String tenantId, ProviderFilter filter, PageRequest page);

    /** Active providers inside the box (on the position index), offering {@code service} when given. */
    Uni<List<ServiceProvider>> within(String tenantId, GeoDistance.BoundingBox box, String service);

    Uni<ServiceProvider> add(ServiceProvider provider);

    /** Writes the change now and answers the provider at its new version. */
    Uni<ServiceProvider> save(ServiceProvider provider);
}
