package dev.opsuite.fleet.vehicles.interfaces.rest;

import dev.opsuite.fleet.vehicles.domain.AssignmentMode;
import dev.opsuite.fleet.kernel.OdometerPolicy;
import dev.opsuite.fleet.vehicles.domain.Vehicle;
import dev.opsuite.fleet.kernel.VehicleKind;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;

/** Request and response bodies of the vehicle register. */
final class VehicleDtos {

    private VehicleDtos() {
    }

    record RegisterVehicleRequest(
            @NotBlank @Size(max = 20) String registrationNumber,
            @NotNull VehicleKind kind,
            @NotBlank @Size(max = 80) String make,
            @NotBlank @Size(max = 80) String model,
            @Size(max = 17) @Pattern(regexp = "(?i)[A-HJ-NPR-Z0-9]{17}", message = "must be a 17-character VIN (no I, O or Q)")
            String vin,
            @NotNull @Min(value = 0, message = "cannot be negative") @Max(OdometerPolicy.MAX_KM) Long odometerKm,
            AssignmentMode assignmentMode) {

        Vehicle.Registration toDomain() {
            return new Vehicle.Registration(registrationNumber, kind, make, model, vin, odometerKm, assignmentMode);
        }
    }

    record OdometerReadingRequest(
            @NotNull @Min(value = 0, message = "cannot be negative") @Max(OdometerPolicy.MAX_KM) Long odometerKm,
            @NotNull Instant readAt) {
    }

    record VehicleResponse(UUID id, String registrationNumber, String kind, String make, String model, String vin,
            long odometerKm, Instant odometerReadAt, String assignmentMode, String status, String createdBy,
            Instant createdAt, String updatedBy, Instant updatedAt, long version) {

        static VehicleResponse of(Vehicle v) {
            return new VehicleResponse(v.id(), v.registrationNumber(), v.kind().name(), v.make(), v.model(), v.vin(),
                    v.odometerKm(), v.odometerReadAt(), v.assignmentMode() == null ? null : v.assignmentMode().name(),
                    v.status().name(), v.envelope().createdBy(), v.envelope().createdAt(), v.envelope().updatedBy(), v.envelope().updatedAt(), v.version());
        }
    }
}
