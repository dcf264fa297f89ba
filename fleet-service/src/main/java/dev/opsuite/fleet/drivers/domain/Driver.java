package dev.opsuite.fleet.drivers.domain;

import dev.opsuite.fleet.kernel.DriverStatus;

import dev.opsuite.support.domain.Envelope;
import dev.opsuite.support.domain.Enveloped;
import dev.opsuite.support.domain.Result;
import java.time.Instant;
import java.util.UUID;

/**
 * A driver of the business (seed 004: "Jan Novák (#DRV-0001)"). The employee number is given once,
 * by the business's own gap-free counter, and never changes. Only an ACTIVE driver can make a
 * transport unit ready.
 */
public final class Driver implements Enveloped {

    private Envelope envelope;
    private final String employeeNumber;
    private String name;
    private String phone;
    private DriverStatus status;

    public Driver(Envelope envelope, String employeeNumber, String name, String phone, DriverStatus status) {
        this.envelope = envelope;
        this.employeeNumber = employeeNumber;
        this.name = name;
        this.phone = phone;
        this.status = status;
    }

    /** A new driver, ACTIVE, under the employee number the business's counter gave. */
    public static Result<Driver> register(UUID id, String tenantId, String employeeNumber, String name, String phone,
            String by, Instant now) {
        if (name == null || name.isBlank()) {
            return Result.invalid("blank-name", "name", "A driver needs a name.");
        }
        return Result.accepted(new Driver(Envelope.created(id, tenantId, by, now), employeeNumber, name.strip(),
                blankToNull(phone), DriverStatus.ACTIVE));
    }

    /**
     * Renames, re-phones or changes the status; null leaves a field as it is. A new status is announced
     * ({@link DriverStatusChanged}): only an ACTIVE driver makes a transport unit ready.
     */
    public Result<Driver> update(String newName, String newPhone, DriverStatus newStatus, String by, Instant now) {
        if (newName != null && newName.isBlank()) {
            return Result.invalid("blank-name", "name", "A driver needs a name.");
        }
        DriverStatus previous = status;
        if (newName != null) {
            name = newName.strip();
        }
        if (newPhone != null) {
            phone = blankToNull(newPhone);
        }
        if (newStatus != null) {
            status = newStatus;
        }
        envelope = envelope.touched(by, now);
        return status == previous ? Result.accepted(this)
                : Result.accepted(this, new DriverStatusChanged(tenantId(), id(), previous, status, by, now));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public Envelope envelope() { return envelope; }
    public String employeeNumber() { return employeeNumber; }
    public String name() { return name; }
    public String phone() { return phone; }
    public DriverStatus status() { return status; }
}
