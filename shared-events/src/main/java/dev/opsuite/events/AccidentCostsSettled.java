package dev.opsuite.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * {@code accident-costs-settled} v1: an accident's repair was completed and its cost split, all in one
 * transaction. The split is of the invoice's net amount ({@code splitBasis} NET): repairCost =
 * insurerShare + companyShare; the driver's deductible (recovered from salary) is part of the company
 * share and does not reduce what the order is charged. Key: accidentId.
 */
public record AccidentCostsSettled(
        UUID accidentId,
        String number,
        UUID vehicleId,
        UUID driverId,
        String orderReference,
        VatBreakdown repairInvoice,
        String supplier,
        String invoiceReference,
        String splitBasis,
        String currency,
        BigDecimal repairCost,
        BigDecimal insurerShare,
        BigDecimal companyShare,
        BigDecimal driverDeductible,
        LocalDate completedOn,
        UUID expenseId,
        UUID orderCostId,
        UUID driverTransactionId,
        String settledBy,
        Instant settledAt) {
}
