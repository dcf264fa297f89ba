package dev.opsuite.field.intake.domain;

import dev.opsuite.support.domain.Result;
import java.time.Instant;
import java.util.UUID;

/** A customer of the trades business, with the address its technicians drive to. */
public final class Customer {

    private final UUID id;
    private final String tenantId;
    private final String name;
    private final String phone;
    private final String email;
    private final ServiceAddress serviceAddress;
    private final String createdBy;
    private final Instant createdAt;
    private final String updatedBy;
    private final Instant updatedAt;
    private final long version;

    @SuppressWarnings("java:S107") // a rehydrated aggregate has this many fields
    public Customer(UUID id, String tenantId, String name, String phone, String email, ServiceAddress serviceAddress,
            String createdBy, Instant createdAt, String updatedBy, Instant updatedAt, long version) {
        this.id = id;
        this.tenantId = tenantId;
        this.name = name;
        this.phone = phone;
        this.email = email;
        this.serviceAddress = serviceAddress;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.updatedBy = updatedBy;
        this.updatedAt = updatedAt;
        this.version = version;
    }

    /** A new customer as the CSR takes it on the phone. */
    public static Result<Customer> register(UUID id, String tenantId, String name, String phone, String email,
            ServiceAddress serviceAddress, String by, Instant now) {
        if (phone.chars().noneMatch(Character::isDigit)) {
            return Result.invalid("phone-without-digits", "phone", "A phone number needs digits.");
        }
        return Result.accepted(new Customer(id, tenantId, name.trim(), phone.trim(),
                email == null || email.isBlank() ? null : email.trim(), serviceAddress.trimmed(), by, now, by, now, 0));
    }

    public UUID id() { return id; }
    public String tenantId() { return tenantId; }
    public String name() { return name; }
    public String phone() { return phone; }
    public String email() { return email; }
    public ServiceAddress serviceAddress() { return serviceAddress; }
    public String createdBy() { return createdBy; }
    public Instant createdAt() { return createdAt; }
    public String updatedBy() { return updatedBy; }
    public Instant updatedAt() { return updatedAt; }
    public long version() { return version; }
}
