package dev.opsuite.fleet.accidents.application.port.out;

import dev.opsuite.fleet.accidents.domain.AccidentPhoto;
import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.UUID;

/** Where accident photos (and their bytes) are kept. Every method is scoped to one tenant. */
public interface AccidentPhotoStore {

    Uni<AccidentPhoto> add(AccidentPhoto photo, byte[] content);

    Uni<Long> count(String tenantId, UUID accidentId);

    /** Metadata only, oldest first; the bytes are not loaded. */
    Uni<List<AccidentPhoto>> of(String tenantId, UUID accidentId);

    /** The bytes of one photo, or null. */
    Uni<byte[]> content(String tenantId, UUID accidentId, UUID photoId);
}
