package dev.opsuite.field.intake.domain;

import dev.opsuite.support.domain.Envelope;
import dev.opsuite.support.domain.Enveloped;
import dev.opsuite.support.domain.Result;
import java.util.UUID;

/**
 * The intake record of a customer call (seed 002): the problem, the urgency, OPEN until a job is
 * scheduled. A call that names an earlier call of the same customer is a callback, a return visit
 * that counts against first-time-fix.
 */
public record ServiceCall(Envelope envelope, String number, UUID customerId, String problem, Urgency urgency,
        UUID callbackOf, ServiceCallStatus status) implements Enveloped {

    /**
     * A new OPEN call of {@code customer}, numbered {@code number}. {@code earlierCall} is the call this one comes
     * back to, or null for a first call; it must be a call of the same customer.
     */
    public static Result<ServiceCall> open(Envelope envelope, String number, Customer customer, String problem,
            Urgency urgency, ServiceCall earlierCall) {
        if (earlierCall != null && !earlierCall.customerId().equals(customer.id())) {
            return Result.invalid("callback-of-another-customer", "callbackOf",
                    "Call " + earlierCall.number() + " belongs to another customer; a callback returns to the same customer.");
        }
        return Result.accepted(new ServiceCall(envelope, number, customer.id(), problem.trim(), urgency,
                earlierCall == null ? null : earlierCall.id(), ServiceCallStatus.OPEN));
    }

    /** A return visit to fix what the earlier call should have fixed. */
    public boolean callback() {
        return callbackOf != null;
    }
}
