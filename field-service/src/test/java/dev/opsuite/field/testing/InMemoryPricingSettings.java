package dev.opsuite.field.testing;

import dev.opsuite.field.estimates.application.port.out.PricingSettingsStore;
import dev.opsuite.field.estimates.domain.PricingSettings;
import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Each tenant's pricing settings in memory. */
public final class InMemoryPricingSettings implements PricingSettingsStore {

    private final Map<String, PricingSettings> settings = new HashMap<>();

    @Override
    public Uni<Optional<PricingSettings>> find(String tenantId) {
        return Uni.createFrom().item(Optional.ofNullable(settings.get(tenantId)));
    }

    @Override
    public Uni<Void> save(String tenantId, PricingSettings given, String by, Instant at) {
        settings.put(tenantId, given);
        return Uni.createFrom().voidItem();
    }
}
