package dev.opsuite.inventory.stock.infrastructure.persistence;

import dev.opsuite.support.problem.ConstraintRejections;
import dev.opsuite.support.application.Rejection;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * The stock rules the database keeps when requests race past the application's own check: the
 * caller gets the rule, not a bare conflict.
 */
@ApplicationScoped
class StockConstraints implements ConstraintRejections {

    @Override
    public Optional<Rejection> forConstraint(String constraintName) {
        return Optional.ofNullable(switch (constraintName == null ? "" : constraintName) {
            case "stock_level_on_hand_not_negative", "stock_level_reserved_within_on_hand" -> Rejection.conflict(
                    "insufficient-stock", "quantity", "Not enough stock is available for this change.");
            case "stock_reservation_within_quantity" -> Rejection.conflict("more-than-reserved", "quantity",
                    "The reservation does not hold that much any more.");
            case "transfer_dispatch_note_document_number_unique" -> Rejection.conflict("document-number-taken",
                    "documentNumber", "This document number is already used.");
            default -> null;
        });
    }
}
