package dev.opsuite.fleet.trailers.application.service;

import dev.opsuite.fleet.trailers.application.port.in.FindTrailersQuery;
import dev.opsuite.fleet.trailers.application.port.in.ManageTrailersUseCase;
import dev.opsuite.fleet.trailers.application.port.out.TrailerStore;
import dev.opsuite.support.application.EventPublisher;
import java.time.Clock;

/** The trailers' use cases on the ports a fast test gives them. */
public final class TrailersWiring {

    public record Trailers(ManageTrailersUseCase manage, FindTrailersQuery find) {
    }

    private TrailersWiring() {
    }

    public static Trailers trailers(TrailerStore store, EventPublisher events, Clock clock) {
        TrailerService service = new TrailerService(store, events, clock);
        return new Trailers(service, service);
    }
}
