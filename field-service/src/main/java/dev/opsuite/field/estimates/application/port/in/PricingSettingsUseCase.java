package dev.opsuite.field.estimates.application.port.in;

import dev.opsuite.field.estimates.domain.PricingSettings;
import dev.opsuite.support.tenancy.Actor;
import io.smallrye.mutiny.Uni;
import java.util.Optional;

/** A tenant's pricing settings: currency, tax, labor rates and the owner's approval threshold. */
public interface PricingSettingsUseCase {

    /** The tenant's settings; not found until the tenant has set them (there are no default labor rates). */
    Uni<PricingSettings> settings(String tenantId);

    /** The same, empty for a tenant that has set none (nothing can be priced then). */
    Uni<Optional<PricingSettings>> find(String tenantId);

    Uni<PricingSettings> setSettings(Actor actor, PricingSettings settings);
}
