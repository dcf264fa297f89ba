package dev.opsuite.field.estimates.application.port.out;

import dev.opsuite.field.estimates.domain.PricingSettings;
import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.util.Optional;

/** Each tenant's pricing settings, one row per tenant. */
public interface PricingSettingsStore {

    Uni<Optional<PricingSettings>> find(String tenantId);

    Uni<Void> save(String tenantId, PricingSettings settings, String by, Instant at);
}
