package dev.opsuite.fleet.accidents.application.port.in;

import dev.opsuite.fleet.kernel.CostInput;

import dev.opsuite.fleet.accidents.domain.Accident;
import dev.opsuite.support.tenancy.Actor;
import io.smallrye.mutiny.Uni;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The repair is completed: in one transaction the vehicle's REPAIR expense, the order's ACCIDENT cost
 * (the company share), the driver's ACCIDENT_DEDUCTIBLE, the vehicle back to ACTIVE, the accident SETTLED.
 */
public interface SettleAccidentUseCase {

    record CompleteRepairCommand(Actor actor, UUID accidentId, Long expectedVersion, CostInput repairInvoice,
            String supplier, String invoiceReference, BigDecimal insurerShare, BigDecimal driverDeductible,
            LocalDate completedOn) {
    }

    Uni<Accident> completeRepair(CompleteRepairCommand command);
}
