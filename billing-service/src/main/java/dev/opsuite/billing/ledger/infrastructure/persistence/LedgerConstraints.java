package dev.opsuite.billing.ledger.infrastructure.persistence;

import dev.opsuite.support.application.Rejection;
import dev.opsuite.support.problem.ConstraintRejections;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** What the ledger's constraints mean to the caller. */
@ApplicationScoped
class LedgerConstraints implements ConstraintRejections {

    @Override
    public Optional<Rejection> forConstraint(String constraintName) {
        return "ledger_export_entry_once".equals(constraintName)
                ? Optional.of(Rejection.conflict("invoice-version-exported", "invoices",
                        "Another export took these invoice versions meanwhile; run the export again for what is left."))
                : Optional.empty();
    }
}
