package dev.opsuite.dispatch.dispatches.application.port.in;

import dev.opsuite.dispatch.dispatches.domain.Dispatch;
import dev.opsuite.support.tenancy.Actor;
import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.util.UUID;

/**
 * Changes a dispatch: its datetime and unit before it leaves, and its lifecycle (schedule, dispatch, complete, close,
 * cancel, delete). Each at the version the caller saw (null: whatever it is); another is 412.
 */
public interface ChangeDispatchUseCase {

    /** Which dispatch, at which version, for whom. */
    record Target(Actor actor, UUID dispatchId, Long expectedVersion) {
    }

    /** Either may be null: it stays as it is. */
    record EditDispatchCommand(Target target, Instant datetime, UUID unit) {
    }

    record CompleteDispatchCommand(Target target, String recipientName, Instant receivedAt) {
    }

    record CancelDispatchCommand(Target target, String reason) {
    }

    /** {@code onlyOwnEarly}: the caller deletes under seed 000's "Limited" (their own, DRAFT or PENDING), else 403. */
    record DeleteDispatchCommand(Target target, boolean onlyOwnEarly) {
    }

    /** A signature or photo of the delivery, while the dispatch is DISPATCHED; its type is read from its bytes. */
    record UploadProofCommand(Target target, String fileName, long size, Uni<byte[]> content) {
    }

    Uni<Dispatch> edit(EditDispatchCommand command);

    /** Books the unit and ticket again as they are now: the unit must still be ready, the ticket open. */
    Uni<Dispatch> schedule(Target target);

    Uni<Dispatch> dispatch(Target target);

    Uni<Dispatch> uploadProof(UploadProofCommand command);

    Uni<Dispatch> complete(CompleteDispatchCommand command);

    Uni<Dispatch> close(Target target);

    Uni<Dispatch> cancel(CancelDispatchCommand command);

    Uni<Void> delete(DeleteDispatchCommand command);
}
