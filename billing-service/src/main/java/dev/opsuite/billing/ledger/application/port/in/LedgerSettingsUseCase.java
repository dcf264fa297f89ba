package dev.opsuite.billing.ledger.application.port.in;

import dev.opsuite.billing.ledger.domain.LedgerSettings;
import dev.opsuite.support.tenancy.Actor;
import io.smallrye.mutiny.Uni;

/** A tenant's QuickBooks mapping: its own once set, the defaults until then. */
public interface LedgerSettingsUseCase {

    Uni<LedgerSettings> settings(String tenantId);

    Uni<LedgerSettings> change(Actor actor, LedgerSettings settings);
}
