package dev.opsuite.fleet.accidents.domain;

import dev.opsuite.fleet.kernel.Cost;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** The completed repair of an accident and how its cost was split; written once, when the accident is settled. */
public record AccidentSettlement(Cost repairInvoice, String supplier, String invoiceReference, AccidentSplit split,
        LocalDate completedOn, UUID expenseId, String settledBy, Instant settledAt) {
}
