package dev.opsuite.field.jobs.interfaces.rest;

import dev.opsuite.field.jobs.domain.Job;
import dev.opsuite.field.kernel.Trade;
import dev.opsuite.support.domain.Envelope;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response bodies of jobs. */
final class JobDtos {

    private JobDtos() {
    }

    record CreateJobRequest(
            @NotBlank @Size(max = 200) @Schema(example = "Replace furnace igniter") String title,
            @NotNull Trade trade,
            @NotNull @Min(1) @Max(3) Integer skillLevel,
            @NotNull @Min(1) @Max(1440) @Schema(description = "Expected duration in minutes", example = "90")
            Integer expectedMinutes) {
    }

    record JobResponse(UUID id, UUID serviceCallId, UUID customerId, UUID locationId, String title, String trade,
            int skillLevel, long expectedMinutes, String status, String createdBy, Instant createdAt, String updatedBy,
            Instant updatedAt, long version) {

        static JobResponse of(Job j) {
            Envelope e = j.envelope();
            return new JobResponse(j.id(), j.serviceCallId(), j.customerId(), j.locationId(), j.title(),
                    j.skillNeeded().trade().name(), j.skillNeeded().level(), j.expectedDuration().toMinutes(),
                    j.status().name(), e.createdBy(), e.createdAt(), e.updatedBy(), e.updatedAt(), e.version());
        }
    }
}
