package dev.opsuite.field.intake.interfaces.rest;

import dev.opsuite.field.intake.domain.Customer;
import dev.opsuite.support.domain.Envelope;
import dev.opsuite.field.intake.domain.Location;
import dev.opsuite.field.intake.domain.PreferredWindow;
import dev.opsuite.field.intake.domain.ServiceAddress;
import dev.opsuite.field.intake.domain.CallbackLink;
import dev.opsuite.field.intake.domain.ServiceCall;
import dev.opsuite.field.intake.domain.Urgency;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response bodies of customers and service calls. */
final class FieldDtos {

    private FieldDtos() {
    }

    record AddressRequest(
            @NotBlank @Size(max = 200) String line1,
            @NotBlank @Size(max = 100) String city,
            @NotBlank @Size(max = 20) String postalCode) {

        ServiceAddress toDomain() {
            return new ServiceAddress(line1, city, postalCode);
        }
    }

    record CreateCustomerRequest(
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Size(max = 40) @Schema(example = "+1 555 0100") String phone,
            @Email @Size(max = 254) @Schema(example = "ann@example.com") String email,
            @Valid @NotNull AddressRequest serviceAddress) {
    }

    record CustomerResponse(UUID id, String name, String phone, String email, ServiceAddress serviceAddress,
            String createdBy, Instant createdAt, String updatedBy, Instant updatedAt, long version) {

        static CustomerResponse of(Customer c) {
            Envelope e = c.envelope();
            return new CustomerResponse(c.id(), c.name(), c.phone(), c.email(), c.serviceAddress(), e.createdBy(),
                    e.createdAt(), e.updatedBy(), e.updatedAt(), e.version());
        }
    }

    record AddLocationRequest(
            @Size(max = 100) @Schema(example = "Warehouse B") String label,
            @Valid @NotNull AddressRequest address,
            @Size(max = 2000) @Schema(example = "Key at the front desk; dog in the yard") String accessNotes) {
    }

    record LocationResponse(UUID id, UUID customerId, String label, ServiceAddress address, String accessNotes,
            String createdBy, Instant createdAt, long version) {

        static LocationResponse of(Location l) {
            return new LocationResponse(l.id(), l.customerId(), l.label(), l.address(), l.accessNotes(),
                    l.envelope().createdBy(), l.envelope().createdAt(), l.version());
        }
    }

    record WindowRequest(@NotNull Instant from, @NotNull Instant to) {

        PreferredWindow toDomain() {
            return new PreferredWindow(from, to);
        }
    }

    record OpenServiceCallRequest(
            @NotNull UUID customerId,
            UUID locationId,
            @NotBlank @Size(max = 4000) String problem,
            @NotNull Urgency urgency,
            @Valid WindowRequest preferredWindow,
            UUID callbackOf) {
    }

    record ServiceCallResponse(UUID id, String number, UUID customerId, UUID locationId, String problem, String urgency,
            PreferredWindow preferredWindow, boolean callback, UUID callbackOf, CallbackLink callbackOfJob, String status,
            String createdBy, Instant createdAt, String updatedBy, Instant updatedAt, long version) {

        static ServiceCallResponse of(ServiceCall c) {
            Envelope e = c.envelope();
            return new ServiceCallResponse(c.id(), c.number(), c.customerId(), c.locationId(), c.problem(),
                    c.urgency().name(), c.preferredWindow(), c.callback(), c.callbackOf(), c.callbackOfJob(),
                    c.status().name(),
                    e.createdBy(), e.createdAt(), e.updatedBy(), e.updatedAt(), e.version());
        }
    }
}
