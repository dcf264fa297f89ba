package dev.opsuite.field.technicians.interfaces.rest;

import dev.opsuite.field.kernel.Skill;
import dev.opsuite.field.kernel.Trade;
import dev.opsuite.field.technicians.domain.Technician;
import dev.opsuite.field.technicians.domain.Technician.Profile;
import dev.opsuite.field.technicians.domain.TimeOff;
import dev.opsuite.field.technicians.domain.Truck;
import dev.opsuite.field.technicians.domain.WorkingHours;
import dev.opsuite.support.application.Rejection;
import dev.opsuite.support.domain.Envelope;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response bodies of technicians. */
final class TechnicianDtos {

    private TechnicianDtos() {
    }

    record SkillRequest(@NotNull Trade trade, @NotNull @Min(1) @Max(3) Integer level) {
    }

    record HoursRequest(
            @NotNull DayOfWeek weekday,
            @NotNull @Schema(example = "07:30", maxLength = 8) LocalTime from,
            @NotNull @Schema(example = "16:00", maxLength = 8) LocalTime to) {
    }

    record TruckRequest(
            @NotNull @Schema(description = "The fleet vehicle") UUID vehicleId,
            @NotNull @Schema(description = "The inventory-transfer TRUCK location holding its stock") UUID truckLocationId) {
    }

    record RegisterTechnicianRequest(
            @NotBlank @Size(max = 100) @Schema(description = "User id of the technician's login") String userId,
            @NotBlank @Size(max = 200) String name,
            @Size(max = 64) @Schema(example = "America/Chicago", description = "Defaults to UTC") String timeZone,
            @NotNull @Size(max = 3) List<@Valid @NotNull SkillRequest> skills,
            @NotNull @Size(max = 7) List<@Valid @NotNull HoursRequest> workingHours,
            @Valid TruckRequest truck) {

        Profile profile() {
            return TechnicianDtos.profile(name, timeZone, skills, workingHours, truck);
        }
    }

    record ReviseTechnicianRequest(
            @NotBlank @Size(max = 200) String name,
            @Size(max = 64) String timeZone,
            @NotNull @Size(max = 3) List<@Valid @NotNull SkillRequest> skills,
            @NotNull @Size(max = 7) List<@Valid @NotNull HoursRequest> workingHours,
            @Valid TruckRequest truck) {

        Profile profile() {
            return TechnicianDtos.profile(name, timeZone, skills, workingHours, truck);
        }
    }

    record TimeOffRequest(@NotNull Instant from, @NotNull Instant to, @Size(max = 200) String reason) {
    }

    record TechnicianResponse(UUID id, String userId, String name, String timeZone, List<Skill> skills,
            List<WorkingHours> workingHours, Truck truck, List<TimeOff> timeOff, String createdBy, Instant createdAt,
            String updatedBy, Instant updatedAt, long version) {

        static TechnicianResponse of(Technician t) {
            Envelope e = t.envelope();
            return new TechnicianResponse(t.id(), t.userId(), t.name(), t.timeZone().getId(), t.skills(),
                    t.workingHours(), t.truck(), t.timeOff(), e.createdBy(), e.createdAt(), e.updatedBy(),
                    e.updatedAt(), e.version());
        }
    }

    private static Profile profile(String name, String timeZone, List<SkillRequest> skills, List<HoursRequest> hours,
            TruckRequest truck) {
        return new Profile(name, zone(timeZone), skills.stream().map(s -> new Skill(s.trade(), s.level())).toList(),
                hours.stream().map(h -> new WorkingHours(h.weekday(), h.from(), h.to())).toList(),
                truck == null ? null : new Truck(truck.vehicleId(), truck.truckLocationId()));
    }

    private static ZoneId zone(String timeZone) {
        if (timeZone == null) {
            return ZoneId.of("UTC");
        }
        try {
            return ZoneId.of(timeZone);
        } catch (DateTimeException e) {
            throw Rejection.invalid("unknown-time-zone", "timeZone", "No time zone " + timeZone + "; name one like "
                    + "Europe/Prague.").toException();
        }
    }
}
