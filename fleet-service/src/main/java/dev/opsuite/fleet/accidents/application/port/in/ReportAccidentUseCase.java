package dev.opsuite.fleet.accidents.application.port.in;

import dev.opsuite.fleet.accidents.domain.Accident;
import dev.opsuite.fleet.accidents.domain.AccidentPhoto;
import dev.opsuite.support.tenancy.Actor;
import io.smallrye.mutiny.Uni;
import java.util.UUID;

/**
 * The dispatcher's side: the accident is reported (the vehicle goes IN_REPAIR in the same transaction),
 * amended while open (the police report number arrives later), and photos are added.
 */
public interface ReportAccidentUseCase {

    record ReportAccidentCommand(Actor actor, Accident.Report report) {
    }

    record AmendAccidentCommand(Actor actor, UUID accidentId, Long expectedVersion, Accident.Amendment amendment) {
    }

    /**
     * A photo as uploaded: its declared size is checked first, then {@code content} (lazy) is read and its
     * type recognised by its first bytes.
     */
    record AddPhotoCommand(Actor actor, UUID accidentId, String originalFilename, long size, Uni<byte[]> content) {
    }

    Uni<Accident> report(ReportAccidentCommand command);

    Uni<Accident> amend(AmendAccidentCommand command);

    Uni<AccidentPhoto> addPhoto(AddPhotoCommand command);
}
