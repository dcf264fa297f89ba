package dev.opsuite.fleet.costs.domain;

import dev.opsuite.fleet.kernel.Cost;

import dev.opsuite.support.domain.Envelope;
import dev.opsuite.support.domain.Enveloped;
import dev.opsuite.support.domain.Result;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A cost of a vehicle (the seed's {@code vehicle_expenses}): by category, on a day, in its own
 * currency with its VAT. Recorded once and not edited; a completed service with a cost logs one
 * (and only one) for its request.
 */
public record VehicleExpense(Envelope envelope, Entry entry, UUID serviceRequestId) implements Enveloped {

    /** What an expense is recorded with. */
    public record Entry(UUID vehicleId, ExpenseCategory category, String description, LocalDate incurredOn, Cost amount,
            String supplier, String invoiceReference) {
    }

    /** An expense entered by hand; it cannot be dated after {@code today}. */
    public static Result<VehicleExpense> record(UUID id, String tenantId, Entry e, LocalDate today, String by, Instant now) {
        if (e.incurredOn().isAfter(today)) {
            return Result.invalid("incurred-in-future", "incurredOn", "An expense cannot be dated after today (" + today + ").");
        }
        return Result.accepted(logged(id, tenantId, new Entry(e.vehicleId(), e.category(), e.description().strip(),
                e.incurredOn(), e.amount(), blankToNull(e.supplier()), blankToNull(e.invoiceReference())), null, by, now));
    }

    /**
     * An expense another capability logs as part of its own change (a completed service, a settled accident), with
     * the request it came from when there is one: not dated by hand, so not checked against today.
     */
    public static VehicleExpense logged(UUID id, String tenantId, Entry e, UUID serviceRequestId, String by, Instant at) {
        return new VehicleExpense(Envelope.created(id, tenantId, by, at), e, serviceRequestId);
    }

    /** The expense is booked: announced with the registration number people know its vehicle by. */
    public Result<VehicleExpense> book(String registrationNumber) {
        return Result.accepted(this, new VehicleExpenseRecorded(id(), tenantId(), registrationNumber, entry,
                serviceRequestId, envelope.createdBy(), envelope.createdAt()));
    }









    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
