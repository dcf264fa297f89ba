package dev.opsuite.fleet.accidents.application.service;

import dev.opsuite.events.AccidentCostsSettled;
import dev.opsuite.events.AccidentReported;
import dev.opsuite.events.EventCatalog;
import dev.opsuite.events.InsuranceClaimChanged;
import dev.opsuite.events.VatBreakdown;
import dev.opsuite.fleet.accidents.domain.Accident;
import dev.opsuite.fleet.accidents.domain.AccidentSettlement;
import dev.opsuite.fleet.accidents.domain.AccidentSplit;
import dev.opsuite.fleet.accidents.domain.ClaimStatus;
import dev.opsuite.fleet.kernel.Cost;
import dev.opsuite.fleet.ledger.domain.DriverTransaction;
import dev.opsuite.fleet.accidents.domain.InsuranceClaim;
import dev.opsuite.fleet.ledger.domain.OrderCost;
import dev.opsuite.fleet.vehicles.domain.Vehicle;
import dev.opsuite.support.outbox.Outbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** The events of accidents on fleet.accident, keyed by accident id, through the outbox (in the caller's transaction). */
@ApplicationScoped
class AccidentEvents {

    static final String SPLIT_BASIS = "NET";

    private final Outbox outbox;

    AccidentEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    Uni<?> reported(Accident a, Vehicle vehicle) {
        return outbox.append(EventCatalog.ACCIDENT_REPORTED, a.id(), a.tenantId(), new AccidentReported(a.id(), a.number(),
                a.vehicleId(), vehicle.registrationNumber(), a.driverId(), a.trailerId(), a.orderReference(), a.occurredAt(),
                a.location(), a.damageDescription(), a.estimateAmount(), a.estimateCurrency(), a.policeReportNumber(),
                a.createdBy(), a.createdAt()));
    }

    Uni<?> claimChanged(Accident a, ClaimStatus previous) {
        InsuranceClaim c = a.claim();
        return outbox.append(EventCatalog.INSURANCE_CLAIM_CHANGED, a.id(), a.tenantId(), new InsuranceClaimChanged(a.id(),
                a.number(), c.claimNumber(), c.insurer(), previous == null ? null : previous.name(), c.status().name(),
                c.approvedAmount(), c.currency(), c.rejectReason(), c.changedBy(), c.changedAt()));
    }

    Uni<?> costsSettled(Accident a, OrderCost orderCost, DriverTransaction deductible) {
        AccidentSettlement s = a.settlement();
        AccidentSplit split = s.split();
        Cost i = s.repairInvoice();
        return outbox.append(EventCatalog.ACCIDENT_COSTS_SETTLED, a.id(), a.tenantId(), new AccidentCostsSettled(a.id(),
                a.number(), a.vehicleId(), a.driverId(), a.orderReference(),
                new VatBreakdown(i.currency(), i.vatMode().name(), i.net(), i.vatRate(), i.vat(), i.gross()), s.supplier(),
                s.invoiceReference(), SPLIT_BASIS, split.currency(), split.repairCost(), split.insurerShare(),
                split.companyShare(), split.driverDeductible(), s.completedOn(), s.expenseId(),
                orderCost == null ? null : orderCost.id(), deductible == null ? null : deductible.id(), s.settledBy(),
                s.settledAt()));
    }
}
