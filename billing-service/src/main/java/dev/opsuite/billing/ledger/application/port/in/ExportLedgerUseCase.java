package dev.opsuite.billing.ledger.application.port.in;

import dev.opsuite.billing.ledger.domain.ExportBatch;
import dev.opsuite.support.tenancy.Actor;
import io.smallrye.mutiny.Uni;

/**
 * Exports every finalized invoice version not exported yet as a QuickBooks IIF file, recorded as an ExportBatch; an
 * empty batch (nothing new) is answered and not recorded.
 */
public interface ExportLedgerUseCase {

    Uni<ExportBatch> export(Actor actor);
}
