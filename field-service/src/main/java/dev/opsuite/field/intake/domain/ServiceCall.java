package dev.opsuite.field.intake.domain;

import dev.opsuite.support.domain.DomainEvent;
import dev.opsuite.support.domain.Envelope;
import dev.opsuite.support.domain.Enveloped;
import dev.opsuite.support.domain.Result;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * The intake record of a customer call (seed 002): the problem, where (one of the customer's locations), the
 * urgency and the customer's preferred window. A call becomes one or more jobs and its status follows them: OPEN
 * until a job is on the board, SCHEDULED, then CLOSED when all are done or CANCELLED when all are cancelled. A call
 * that names an earlier call of the same customer is a callback, a return visit that counts against first-time-fix.
 */
public record ServiceCall(Envelope envelope, String number, UUID customerId, UUID locationId, String problem,
        Urgency urgency, PreferredWindow preferredWindow, UUID callbackOf, CallbackLink callbackOfJob,
        ServiceCallStatus status) implements Enveloped {

    /**
     * A new OPEN call of {@code customer}, numbered {@code number}, at {@code location} (one of the customer's, or
     * null for the customer's service address). {@code earlierCall} is the call this one comes back to, or null for a
     * first call; it must be a call of the same customer.
     */
    public static Result<ServiceCall> open(Envelope envelope, String number, Customer customer, Location location,
            String problem, Urgency urgency, PreferredWindow preferredWindow, ServiceCall earlierCall) {
        if (earlierCall != null && !earlierCall.customerId().equals(customer.id())) {
            return Result.invalid("callback-of-another-customer", "callbackOf",
                    "Call " + earlierCall.number() + " belongs to another customer; a callback returns to the same customer.");
        }
        if (location != null && !location.customerId().equals(customer.id())) {
            return Result.invalid("location-of-another-customer", "locationId",
                    "Location " + location.id() + " is not one of this customer's service locations.");
        }
        if (preferredWindow != null && !preferredWindow.from().isBefore(preferredWindow.to())) {
            return Result.invalid("preferred-window-inverted", "preferredWindow.to",
                    "The preferred window ends after it starts.");
        }
        return Result.accepted(new ServiceCall(envelope, number, customer.id(), location == null ? null : location.id(),
                problem.trim(), urgency, preferredWindow, earlierCall == null ? null : earlierCall.id(), null,
                ServiceCallStatus.OPEN));
    }

    /** The call after its jobs changed: its status is theirs (unchanged when they mean the same status). */
    public ServiceCall followJobs(JobTally tally, String by, Instant at) {
        ServiceCallStatus following = tally.callStatus();
        if (following == status) {
            return this;
        }
        return new ServiceCall(envelope.touched(by, at), number, customerId, locationId, problem, urgency,
                preferredWindow, callbackOf, callbackOfJob, following);
    }

    /** Whether the call can still take jobs: not once it is closed or cancelled. */
    public boolean takesJobs() {
        return status == ServiceCallStatus.OPEN || status == ServiceCallStatus.SCHEDULED;
    }

    /** The call was taken. */
    public record Opened(ServiceCall call) implements DomainEvent {

        @Override
        public String tenantId() {
            return call.tenantId();
        }
    }

    /** The call linked to the completed job it returns to ({@link CallbackLink#decide}); unchanged without one. */
    public ServiceCall linkedTo(Optional<CallbackLink> link) {
        return link.map(l -> new ServiceCall(envelope, number, customerId, locationId, problem, urgency, preferredWindow,
                callbackOf, l, status)).orElse(this);
    }

    /**
     * A return visit to fix what the earlier call should have fixed: flagged by the CSR, or linked to a job completed
     * at the same customer and place within the callback window.
     */
    public boolean callback() {
        return callbackOf != null || callbackOfJob != null;
    }
}
