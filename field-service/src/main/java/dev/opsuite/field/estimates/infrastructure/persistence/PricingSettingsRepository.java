package dev.opsuite.field.estimates.infrastructure.persistence;

import dev.opsuite.field.estimates.application.port.out.PricingSettingsStore;
import dev.opsuite.field.estimates.domain.PricingSettings;
import dev.opsuite.field.estimates.domain.RateClass;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
class PricingSettingsRepository implements PanacheRepositoryBase<PricingSettingsEntity, String>, PricingSettingsStore {

    @Override
    public Uni<Optional<PricingSettings>> find(String tenantId) {
        return findById(tenantId).map(e -> Optional.ofNullable(e).map(s -> new PricingSettings(s.currency, s.taxRate,
                s.laborTaxable, s.ownerApprovalThreshold, Map.of(RateClass.STANDARD, s.standardRate,
                        RateClass.OVERTIME, s.overtimeRate, RateClass.EMERGENCY, s.emergencyRate))));
    }

    @Override
    public Uni<Void> save(String tenantId, PricingSettings settings, String by, Instant at) {
        return findById(tenantId).chain(found -> {
            PricingSettingsEntity e = found == null ? new PricingSettingsEntity() : found;
            e.tenantId = tenantId;
            e.currency = settings.currency();
            e.taxRate = settings.taxRate();
            e.laborTaxable = settings.laborTaxable();
            e.ownerApprovalThreshold = settings.ownerApprovalThreshold();
            e.standardRate = settings.rate(RateClass.STANDARD);
            e.overtimeRate = settings.rate(RateClass.OVERTIME);
            e.emergencyRate = settings.rate(RateClass.EMERGENCY);
            e.updatedBy = by;
            e.updatedAt = at;
            return found == null ? persist(e).replaceWithVoid() : Uni.createFrom().voidItem();
        });
    }
}
