package dev.opsuite.field.testing;

import dev.opsuite.field.kernel.parts.StockedParts;
import dev.opsuite.support.tenancy.Actor;
import io.smallrye.mutiny.Uni;
import java.math.BigDecimal;
import java.util.UUID;

/** For scenarios whose parts are all bought on the way: inventory is never to be told of one. */
public final class NoStockedParts implements StockedParts {

    @Override
    public Uni<Taken> fitted(Actor actor, UUID jobId, UUID usageId, UUID partId, UUID reservationId, BigDecimal quantity,
            UUID truckLocationId) {
        return Uni.createFrom().failure(new AssertionError("No stocked part is fitted in this scenario."));
    }
}
