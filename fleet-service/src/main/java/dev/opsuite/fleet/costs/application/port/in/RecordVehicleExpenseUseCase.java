package dev.opsuite.fleet.costs.application.port.in;

import dev.opsuite.fleet.kernel.CostInput;

import dev.opsuite.fleet.costs.domain.ExpenseCategory;
import dev.opsuite.fleet.costs.domain.VehicleExpense;
import dev.opsuite.support.tenancy.Actor;
import io.smallrye.mutiny.Uni;
import java.time.LocalDate;
import java.util.UUID;

/** Logs a cost of a vehicle by hand (fuel, toll, insurance...); a completed service logs its own. */
public interface RecordVehicleExpenseUseCase {

    record RecordVehicleExpenseCommand(Actor actor, UUID vehicleId, ExpenseCategory category, String description,
            LocalDate incurredOn, CostInput amount, String supplier, String invoiceReference) {
    }

    Uni<VehicleExpense> record(RecordVehicleExpenseCommand command);
}
