package dev.opsuite.field.jobs.interfaces.rest;

import dev.opsuite.field.jobs.domain.Assignment;
import dev.opsuite.field.jobs.domain.Diagnosis;
import dev.opsuite.field.jobs.domain.Job;
import dev.opsuite.field.jobs.domain.Job.Work;
import dev.opsuite.field.jobs.domain.LaborEntry;
import dev.opsuite.field.jobs.domain.PartUsed;
import dev.opsuite.field.jobs.domain.RateClass;
import dev.opsuite.field.kernel.Trade;
import dev.opsuite.support.domain.Envelope;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
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

    record DiagnosisRequest(
            @NotBlank @Size(max = 4000) @Schema(example = "Igniter cracked, no glow") String findings,
            @Size(max = 2000) @Schema(example = "Worn part (7 years)") String cause) {
    }

    record LaborRequest(
            Instant start,
            Instant end,
            @DecimalMin(value = "0", inclusive = false) @DecimalMax("24") @Digits(integer = 2, fraction = 2) BigDecimal hours,
            @NotNull RateClass rateClass) {
    }

    record PartUsedRequest(
            @Schema(description = "The inventory product; given, the part is issued from my truck") UUID partId,
            @NotBlank @Size(max = 64) @Schema(example = "HSI-120") String sku,
            @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("10000") @Digits(integer = 5, fraction = 3)
            BigDecimal quantity,
            @Schema(description = "A confirmed reservation of this job to consume instead of the truck") UUID reservationId) {
    }

    record WaitingOnPartsRequest(@NotBlank @Size(max = 500) @Schema(example = "1x igniter HSI-120") String waitingFor) {
    }

    record JobResponse(UUID id, UUID serviceCallId, UUID customerId, UUID locationId, String title, String trade,
            int skillLevel, long expectedMinutes, String status, Assignment assignment, Diagnosis diagnosis,
            List<LaborEntry> labor, List<PartUsed> partsUsed, Instant blockedSince, String waitingFor, String cancelReason,
            String createdBy,
            Instant createdAt, String updatedBy, Instant updatedAt, long version) {

        static JobResponse of(Job j) {
            Envelope e = j.envelope();
            Work w = j.work();
            return new JobResponse(j.id(), j.serviceCallId(), j.customerId(), j.locationId(), j.title(),
                    j.skillNeeded().trade().name(), j.skillNeeded().level(), j.expectedDuration().toMinutes(),
                    j.status().name(), j.assignment(), w.diagnosis(), w.labor(), w.partsUsed(), w.blockedSince(),
                    w.waitingFor(), w.cancelReason(), e.createdBy(), e.createdAt(), e.updatedBy(), e.updatedAt(), e.version());
        }
    }
}
