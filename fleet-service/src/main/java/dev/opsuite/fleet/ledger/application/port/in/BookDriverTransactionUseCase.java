package dev.opsuite.fleet.ledger.application.port.in;

import dev.opsuite.fleet.ledger.domain.DriverTransaction;
import dev.opsuite.support.tenancy.Actor;
import io.smallrye.mutiny.Uni;

/**
 * Books an entry of a driver's ledger (a fine's deduction, an accident's deductible) in the caller's transaction, in
 * the pay period of the payroll zone's day; announces driver-transaction-recorded. A driver the business does not
 * have is a 422 on driverId.
 */
public interface BookDriverTransactionUseCase {

    Uni<DriverTransaction> book(Actor actor, DriverTransaction.Entry entry);
}
