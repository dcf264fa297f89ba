package dev.opsuite.console.board;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * field-service's board as the console reads it (GET /board), with the other answers the screen combines: the
 * technicians' time off, the blocked jobs, a job's title. Only the fields the screen shows; the rest is ignored.
 */
public record BoardData(Instant from, Instant to, List<LaneData> technicians, List<UnassignedJob> unassigned,
        List<ConflictData> conflicts) {

    public BoardData {
        technicians = technicians == null ? List.of() : technicians;
        unassigned = unassigned == null ? List.of() : unassigned;
        conflicts = conflicts == null ? List.of() : conflicts;
    }

    public record LaneData(UUID technicianId, String name, List<SkillData> skills, String timeZone,
            List<AppointmentData> appointments) {

        public LaneData {
            skills = skills == null ? List.of() : skills;
            appointments = appointments == null ? List.of() : appointments;
        }
    }

    public record SkillData(String trade, int level) {
    }

    public record AppointmentData(UUID id, UUID jobId, UUID technicianId, Instant start, Instant end, String status,
            List<String> flags) {
    }

    public record UnassignedJob(UUID id, UUID serviceCallId, String title, String trade, int skillLevel,
            long expectedMinutes, FollowUp suggestedFollowUp) {
    }

    public record FollowUp(UUID technicianId, Instant start, Instant end) {
    }

    public record ConflictData(String kind, UUID technicianId, UUID appointmentId, UUID jobId) {
    }

    public record TechnicianData(UUID id, String name, List<TimeOffData> timeOff) {

        public TechnicianData {
            timeOff = timeOff == null ? List.of() : timeOff;
        }
    }

    public record TimeOffData(UUID id, Instant from, Instant to, String reason) {
    }

    public record BlockedJobData(UUID jobId, String title, String reason, Instant since, long ageHours, long ageDays,
            boolean pastSla, String waitingFor, List<String> conflicts) {
    }

    public record JobData(UUID id, String title) {
    }

    public record AssignRequest(UUID jobId, UUID technicianId, Instant start) {
    }

    public record RescheduleRequest(UUID technicianId, Instant start, String reason) {
    }
}
