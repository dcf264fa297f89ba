package dev.opsuite.field.board.application.service;

import dev.opsuite.field.board.application.port.in.WatchBoardQuery;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;

/** Board changes of this instance, broadcast to every open stream of the change's tenant. */
@ApplicationScoped
class BoardFeed implements WatchBoardQuery {

    private final BroadcastProcessor<BoardChange> changes = BroadcastProcessor.create();

    @Override
    public Multi<BoardChange> changes(String tenantId) {
        return changes.filter(change -> change.tenantId().equals(tenantId));
    }

    @Override
    public void announce(BoardChange change) {
        changes.onNext(change);
    }
}
