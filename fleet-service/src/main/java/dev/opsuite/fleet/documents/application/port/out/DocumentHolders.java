package dev.opsuite.fleet.documents.application.port.out;

import dev.opsuite.fleet.documents.domain.HolderKind;
import dev.opsuite.fleet.kernel.SubjectRef;
import io.smallrye.mutiny.Uni;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** The vehicles, trailers and drivers documents belong to. Every method is scoped to one tenant. */
public interface DocumentHolders {

    /**
     * What kind of holder {@code holder} is (which documents it must and may carry); empty when the tenant has no
     * such vehicle, trailer or driver. With {@code lock}, the holder's row is held until the transaction ends, so
     * that a transport unit formed with it meanwhile sees its documents as they commit.
     */
    Uni<Optional<HolderKind>> kind(String tenantId, SubjectRef holder, boolean lock);

    /** How a person reads each holder: a registration number, or a driver's name and employee number. */
    Uni<Map<SubjectRef, String>> labels(String tenantId, Collection<SubjectRef> holders);
}
