package dev.opsuite.fleet.accidents.infrastructure.outbox;

import dev.opsuite.events.EventCatalog;
import dev.opsuite.events.VatBreakdown;
import dev.opsuite.fleet.accidents.domain.Accident;
import dev.opsuite.fleet.accidents.domain.AccidentCostsSettled;
import dev.opsuite.fleet.accidents.domain.AccidentReported;
import dev.opsuite.fleet.accidents.domain.AccidentSettlement;
import dev.opsuite.fleet.accidents.domain.AccidentSplit;
import dev.opsuite.fleet.accidents.domain.InsuranceClaim;
import dev.opsuite.fleet.accidents.domain.InsuranceClaimChanged;
import dev.opsuite.fleet.kernel.Cost;
import dev.opsuite.support.domain.DomainEvent;
import dev.opsuite.support.outbox.EventContracts;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** How accidents go out on fleet.accident, keyed by the accident: reported, insurance claim changed, costs settled. */
@ApplicationScoped
class AccidentEventContracts implements EventContracts {

    /** The split is of the invoice's net amount. */
    static final String SPLIT_BASIS = "NET";

    @Override
    public boolean handles(DomainEvent event) {
        return event instanceof AccidentReported || event instanceof InsuranceClaimChanged
                || event instanceof AccidentCostsSettled;
    }

    @Override
    public List<Outgoing<?>> contracts(DomainEvent event) {
        if (event instanceof AccidentReported reported) {
            var e = reported.envelope();
            Accident.Circumstances c = reported.circumstances();
            Accident.Damage d = reported.damage();
            return EventContracts.one(EventCatalog.ACCIDENT_REPORTED, e.id(), e.tenantId(), new dev.opsuite.events.AccidentReported(
                    e.id(), reported.number(), c.vehicleId(), reported.registrationNumber(), c.driverId(), c.trailerId(),
                    c.orderReference(), c.occurredAt(), d.location(), d.description(), d.estimateAmount(),
                    d.estimateCurrency(), d.policeReportNumber(), e.createdBy(), e.createdAt()));
        }
        if (event instanceof InsuranceClaimChanged changed) {
            InsuranceClaim c = changed.claim();
            return EventContracts.one(EventCatalog.INSURANCE_CLAIM_CHANGED, changed.accidentId(), changed.tenantId(),
                    new dev.opsuite.events.InsuranceClaimChanged(changed.accidentId(), changed.number(), c.claimNumber(),
                            c.insurer(), changed.previousStatus() == null ? null : changed.previousStatus().name(),
                            c.status().name(), c.approvedAmount(), c.currency(), c.rejectReason(), c.changedBy(),
                            c.changedAt()));
        }
        AccidentCostsSettled settled = (AccidentCostsSettled) event;
        Accident.Circumstances c = settled.circumstances();
        AccidentSettlement s = settled.settlement();
        AccidentSplit split = s.split();
        Cost i = s.repairInvoice();
        return EventContracts.one(EventCatalog.ACCIDENT_COSTS_SETTLED, settled.accidentId(), settled.tenantId(),
                new dev.opsuite.events.AccidentCostsSettled(settled.accidentId(), settled.number(), c.vehicleId(),
                        c.driverId(), c.orderReference(),
                        new VatBreakdown(i.currency(), i.vatMode().name(), i.net(), i.vatRate(), i.vat(), i.gross()),
                        s.supplier(), s.invoiceReference(), SPLIT_BASIS, split.currency(), split.repairCost(),
                        split.insurerShare(), split.companyShare(), split.driverDeductible(), s.completedOn(), s.expenseId(),
                        settled.orderCostId(), settled.driverTransactionId(), s.settledBy(), s.settledAt()));
    }
}
