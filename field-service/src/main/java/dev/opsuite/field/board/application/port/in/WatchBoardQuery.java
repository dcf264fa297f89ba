package dev.opsuite.field.board.application.port.in;

import io.smallrye.mutiny.Multi;
import java.time.Instant;
import java.util.UUID;

/** Board changes as they are committed, so a board stays live without polling. */
public interface WatchBoardQuery {

    enum ChangeKind { ASSIGNED, RESCHEDULED }

    record BoardChange(String tenantId, ChangeKind kind, UUID appointmentId, UUID replaces, UUID jobId,
            UUID technicianId, Instant start, Instant end) {
    }

    /** The tenant's changes from now on. */
    Multi<BoardChange> changes(String tenantId);

    /** Tells every watcher of the tenant; called once the change is committed. */
    void announce(BoardChange change);
}
