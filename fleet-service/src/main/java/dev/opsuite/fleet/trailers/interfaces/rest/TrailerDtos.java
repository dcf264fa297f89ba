package dev.opsuite.fleet.trailers.interfaces.rest;

import static dev.opsuite.fleet.kernel.rest.FleetRequests.NOT_BLANK;

import dev.opsuite.fleet.trailers.domain.Trailer;
import dev.opsuite.fleet.kernel.TrailerStatus;
import dev.opsuite.fleet.kernel.TrailerType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;

/** Request and response bodies of trailers. */
final class TrailerDtos {

    private TrailerDtos() {
    }

    record RegisterTrailerRequest(
            @NotBlank @Size(max = 20) String registrationNumber,
            @NotNull TrailerType type,
            @Size(max = 80) String make,
            @Size(max = 80) String model) {
    }

    /** All fields optional, null = unchanged. The type is fixed; the status has its own request. */
    record UpdateTrailerRequest(
            @Pattern(regexp = NOT_BLANK, message = "must not be blank") @Size(max = 20) String registrationNumber,
            @Size(max = 80) String make,
            @Size(max = 80) String model) {
    }

    record ChangeTrailerStatusRequest(@NotNull TrailerStatus status) {
    }

    record TrailerResponse(UUID id, String registrationNumber, String type, String make, String model, String status,
            String createdBy, Instant createdAt, String updatedBy, Instant updatedAt, long version) {

        static TrailerResponse of(Trailer t) {
            return new TrailerResponse(t.id(), t.registrationNumber(), t.type().name(), t.make(), t.model(),
                    t.status().name(), t.envelope().createdBy(), t.envelope().createdAt(), t.envelope().updatedBy(), t.envelope().updatedAt(), t.version());
        }
    }
}
