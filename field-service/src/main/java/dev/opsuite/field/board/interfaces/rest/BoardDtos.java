package dev.opsuite.field.board.interfaces.rest;

import dev.opsuite.field.board.application.port.in.BoardQuery.Board;
import dev.opsuite.field.board.application.port.in.BoardQuery.Conflict;
import dev.opsuite.field.board.application.port.in.BoardQuery.Lane;
import dev.opsuite.field.board.domain.Appointment;
import dev.opsuite.field.board.domain.BoardPolicy;
import dev.opsuite.field.board.domain.FollowUp;
import dev.opsuite.field.board.domain.PolicyAnswer;
import dev.opsuite.field.jobs.domain.Job;
import dev.opsuite.field.kernel.Skill;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Request and response bodies of the dispatch board. */
final class BoardDtos {

    private BoardDtos() {
    }

    record AssignRequest(@NotNull UUID jobId, @NotNull UUID technicianId, @NotNull Instant start) {
    }

    record RescheduleRequest(@NotNull UUID technicianId, @NotNull Instant start, @Size(max = 500) String reason) {
    }

    record PolicyRequest(@NotNull PolicyAnswer availability, @NotNull PolicyAnswer skill,
            @NotNull @Min(1) @Max(365) Integer blockedSlaDays) {

        BoardPolicy toDomain() {
            return new BoardPolicy(availability, skill, blockedSlaDays);
        }
    }

    record AppointmentResponse(UUID id, UUID jobId, UUID technicianId, Instant start, Instant end, long durationMinutes,
            String status, UUID replaces, String reason, List<String> flags, String createdBy, Instant createdAt,
            long version) {

        static AppointmentResponse of(Appointment a) {
            return new AppointmentResponse(a.id(), a.jobId(), a.technicianId(), a.start(), a.end(),
                    a.duration().toMinutes(), a.status().name(), a.replaces(), a.reason(),
                    a.flags().stream().map(Enum::name).toList(), a.envelope().createdBy(), a.envelope().createdAt(),
                    a.version());
        }
    }

    record LaneResponse(UUID technicianId, String name, List<Skill> skills, String timeZone,
            List<AppointmentResponse> appointments) {

        static LaneResponse of(Lane lane) {
            return new LaneResponse(lane.technician().id(), lane.technician().name(), lane.technician().skills(),
                    lane.technician().timeZone().getId(), lane.appointments().stream().map(AppointmentResponse::of).toList());
        }
    }

    record UnassignedJob(UUID id, UUID serviceCallId, String title, String trade, int skillLevel, long expectedMinutes,
            Instant createdAt, FollowUpResponse suggestedFollowUp) {

        static UnassignedJob of(Job j, FollowUp suggested) {
            return new UnassignedJob(j.id(), j.serviceCallId(), j.title(), j.skillNeeded().trade().name(),
                    j.skillNeeded().level(), j.expectedDuration().toMinutes(), j.envelope().createdAt(),
                    suggested == null ? null : FollowUpResponse.of(suggested));
        }
    }

    /** The follow-up suggested for a job released after waiting on parts; booked by assigning the job. */
    record FollowUpResponse(UUID jobId, UUID technicianId, Instant start, Instant end, UUID productId,
            Instant suggestedAt) {

        static FollowUpResponse of(FollowUp f) {
            return new FollowUpResponse(f.jobId(), f.technicianId(), f.start(), f.end(), f.productId(), f.suggestedAt());
        }
    }

    record ConflictResponse(String kind, UUID technicianId, UUID appointmentId, UUID jobId) {

        static ConflictResponse of(Conflict c) {
            return new ConflictResponse(c.kind().name(), c.technicianId(), c.appointmentId(), c.jobId());
        }
    }

    record BoardResponse(Instant from, Instant to, List<LaneResponse> technicians, List<UnassignedJob> unassigned,
            List<ConflictResponse> conflicts) {

        static BoardResponse of(Board b) {
            return new BoardResponse(b.from(), b.to(), b.lanes().stream().map(LaneResponse::of).toList(),
                    b.unassigned().stream().map(j -> UnassignedJob.of(j, b.followUps().get(j.id()))).toList(),
                    b.conflicts().stream().map(ConflictResponse::of).toList());
        }
    }
}
