package dev.opsuite.fleet.service.application.port.in;

import dev.opsuite.fleet.service.domain.GeoPoint;
import dev.opsuite.fleet.service.domain.NearbyProviders;
import dev.opsuite.fleet.service.domain.ServiceProvider;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import dev.opsuite.support.tenancy.Actor;
import io.smallrye.mutiny.Uni;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** The directory of external service providers, and the ones nearest to a vehicle in trouble. */
public interface ManageServiceProvidersUseCase {

    record RegisterProviderCommand(Actor actor, ServiceProvider.Listing listing) {
    }

    /** Null fields stay as they are. */
    record UpdateProviderCommand(Actor actor, UUID providerId, Long expectedVersion, String name, String address,
            GeoPoint location, BigDecimal rating, List<String> services, String phone, Boolean active) {
    }

    /** Optional filters: a service offered, text in the name or address, active or not. */
    record ProviderFilter(String service, String text, Boolean active) {
    }

    /** Around a point, within a radius (km), optionally offering a service; at most {@code limit}. */
    record NearbySearch(GeoPoint from, double radiusKm, String service, int limit) {
    }

    Uni<ServiceProvider> register(RegisterProviderCommand command);

    Uni<ServiceProvider> update(UpdateProviderCommand command);

    Uni<ServiceProvider> provider(String tenantId, UUID id);

    Uni<Page<ServiceProvider>> providers(String tenantId, ProviderFilter filter, PageRequest page);

    Uni<List<NearbyProviders.Nearby>> nearby(String tenantId, NearbySearch search);
}
