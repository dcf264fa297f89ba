package dev.opsuite.fleet.costs.application.port.in;

import dev.opsuite.fleet.costs.domain.VehicleExpense;
import io.smallrye.mutiny.Uni;

/**
 * Books the expense another capability's work caused (a completed service, a fine, a repaired accident) as it is,
 * in the caller's transaction, and announces vehicle-expense-recorded. One expense per source: a second one is the
 * database's 409.
 */
public interface BookVehicleExpenseUseCase {

    Uni<VehicleExpense> book(VehicleExpense expense);
}
