package dev.opsuite.fleet.drivers.interfaces.rest;

import static dev.opsuite.fleet.kernel.rest.FleetRequests.NOT_BLANK;
import static dev.opsuite.fleet.kernel.rest.FleetRequests.PHONE;
import static dev.opsuite.fleet.kernel.rest.FleetRequests.PHONE_LENGTH;

import dev.opsuite.fleet.drivers.domain.Driver;
import dev.opsuite.fleet.kernel.DriverStatus;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;

/** Request and response bodies of drivers. */
final class DriverDtos {

    private DriverDtos() {
    }

    record RegisterDriverRequest(
            @NotBlank @Size(max = 200) String name,
            @Size(max = PHONE_LENGTH) @Pattern(regexp = PHONE, message = "must be a phone number like +420 601 234 567") String phone) {
    }

    /** All fields optional, null = unchanged; an empty phone removes it. The employee number is fixed. */
    record UpdateDriverRequest(
            @Pattern(regexp = NOT_BLANK, message = "must not be blank") @Size(max = 200) String name,
            @Size(max = PHONE_LENGTH)
            @Pattern(regexp = "|" + PHONE, message = "must be a phone number like +420 601 234 567, or empty") String phone,
            DriverStatus status) {
    }

    record DriverResponse(UUID id, String employeeNumber, String name, String phone, String status, String createdBy,
            Instant createdAt, String updatedBy, Instant updatedAt, long version) {

        static DriverResponse of(Driver d) {
            return new DriverResponse(d.id(), d.employeeNumber(), d.name(), d.phone(), d.status().name(), d.envelope().createdBy(),
                    d.envelope().createdAt(), d.envelope().updatedBy(), d.envelope().updatedAt(), d.version());
        }
    }
}
