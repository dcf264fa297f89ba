package dev.opsuite.field.technicians.application.port.in;

import dev.opsuite.field.technicians.domain.Technician;
import dev.opsuite.field.technicians.domain.Technician.Profile;
import dev.opsuite.support.tenancy.Actor;
import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.util.UUID;

/** What an admin or dispatcher keeps of technicians: who they are, their skills, hours, truck and time off. */
public interface ManageTechniciansUseCase {

    /** @param userId the user id of the technician's login (the token's subject) */
    record RegisterTechnicianCommand(Actor actor, String userId, Profile profile) {
    }

    /** @param expectedVersion the version the caller last read (If-Match), or null to skip the check */
    record ReviseTechnicianCommand(Actor actor, UUID technicianId, Long expectedVersion, Profile profile) {
    }

    record TakeTimeOffCommand(Actor actor, UUID technicianId, Instant from, Instant to, String reason) {
    }

    Uni<Technician> register(RegisterTechnicianCommand command);

    Uni<Technician> revise(ReviseTechnicianCommand command);

    Uni<Technician> takeTimeOff(TakeTimeOffCommand command);

    Uni<Technician> cancelTimeOff(Actor actor, UUID technicianId, UUID timeOffId);
}
