package dev.opsuite.field.intake.domain;

import dev.opsuite.support.domain.Result;
import java.time.Instant;
import java.util.UUID;

/**
 * The intake record of a customer call (seed 002): the problem, the urgency, OPEN until a job is
 * scheduled. A call that names an earlier call of the same customer is a callback, a return visit
 * that counts against first-time-fix.
 */
public final class ServiceCall {

    private final UUID id;
    private final String tenantId;
    private final String number;
    private final UUID customerId;
    private final String problem;
    private final Urgency urgency;
    private final UUID callbackOf;
    private final ServiceCallStatus status;
    private final String createdBy;
    private final Instant createdAt;
    private final String updatedBy;
    private final Instant updatedAt;
    private final long version;

    @SuppressWarnings("java:S107") // a rehydrated aggregate has this many fields
    public ServiceCall(UUID id, String tenantId, String number, UUID customerId, String problem, Urgency urgency,
            UUID callbackOf, ServiceCallStatus status, String createdBy, Instant createdAt, String updatedBy,
            Instant updatedAt, long version) {
        this.id = id;
        this.tenantId = tenantId;
        this.number = number;
        this.customerId = customerId;
        this.problem = problem;
        this.urgency = urgency;
        this.callbackOf = callbackOf;
        this.status = status;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.updatedBy = updatedBy;
        this.updatedAt = updatedAt;
        this.version = version;
    }

    /**
     * A new OPEN call of {@code customer}. {@code earlierCall} is the call this one comes back to, or
     * null for a first call; it must be a call of the same customer.
     */
    public static Result<ServiceCall> open(UUID id, String number, Customer customer, String problem, Urgency urgency,
            ServiceCall earlierCall, String by, Instant now) {
        if (earlierCall != null) {
            if (!earlierCall.customerId().equals(customer.id())) {
                return Result.invalid("callback-of-another-customer", "callbackOf",
                        "Call " + earlierCall.number() + " belongs to another customer; a callback returns to the same customer.");
            }
        }
        return Result.accepted(new ServiceCall(id, customer.tenantId(), number, customer.id(), problem.trim(), urgency,
                earlierCall == null ? null : earlierCall.id(), ServiceCallStatus.OPEN, by, now, by, now, 0));
    }

    /** A return visit to fix what the earlier call should have fixed. */
    public boolean callback() {
        return callbackOf != null;
    }

    public UUID id() { return id; }
    public String tenantId() { return tenantId; }
    public String number() { return number; }
    public UUID customerId() { return customerId; }
    public String problem() { return problem; }
    public Urgency urgency() { return urgency; }
    public UUID callbackOf() { return callbackOf; }
    public ServiceCallStatus status() { return status; }
    public String createdBy() { return createdBy; }
    public Instant createdAt() { return createdAt; }
    public String updatedBy() { return updatedBy; }
    public Instant updatedAt() { return updatedAt; }
    public long version() { return version; }
}
