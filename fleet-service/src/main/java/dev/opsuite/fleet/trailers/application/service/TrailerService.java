package dev.opsuite.fleet.trailers.application.service;

import dev.opsuite.fleet.trailers.application.port.in.FindTrailersQuery;
import dev.opsuite.fleet.trailers.application.port.in.ManageTrailersUseCase;
import dev.opsuite.fleet.trailers.application.port.out.TrailerStore;
import dev.opsuite.fleet.trailers.domain.Trailer;
import dev.opsuite.support.application.EventPublisher;
import dev.opsuite.support.application.Rejection;
import dev.opsuite.support.domain.Result;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import dev.opsuite.support.tenancy.Actor;
import dev.opsuite.fleet.kernel.application.StoredLookup;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.UUID;

@ApplicationScoped
class TrailerService extends StoredLookup<Trailer> implements ManageTrailersUseCase, FindTrailersQuery {

    static final String WHAT = "trailer";

    private final TrailerStore trailers;
    private final EventPublisher events;
    private final Clock clock;

    TrailerService(TrailerStore trailers, EventPublisher events, Clock clock) {
        this.trailers = trailers;
        this.events = events;
        this.clock = clock;
    }

    @Override
    protected TrailerStore store() {
        return trailers;
    }

    @Override
    @WithTransaction
    public Uni<Trailer> register(RegisterTrailerCommand command) {
        Actor actor = command.actor();
        Trailer trailer = Rejection.orThrow(Trailer.register(UUID.randomUUID(), actor.tenantId(),
                command.registrationNumber(), command.type(), command.make(), command.model(), actor.userId(),
                clock.instant()));
        return trailers.add(trailer);
    }

    @Override
    @WithTransaction
    public Uni<Trailer> update(UpdateTrailerCommand command) {
        Actor actor = command.actor();
        return load(actor, command.trailerId(), command.expectedVersion()).chain(trailer -> {
            Rejection.orThrow(trailer.update(command.registrationNumber(), command.make(), command.model(),
                    actor.userId(), clock.instant()));
            return trailers.save(trailer);
        });
    }

    @Override
    @WithTransaction
    public Uni<Trailer> changeStatus(ChangeTrailerStatusCommand command) {
        Actor actor = command.actor();
        return load(actor, command.trailerId(), command.expectedVersion()).chain(trailer -> {
            Result.Accepted<Trailer> changed = Rejection.accepted(trailer.changeStatus(command.status(), actor.userId(),
                    clock.instant()));
            if (changed.events().isEmpty()) {
                return Uni.createFrom().item(trailer);
            }
            return trailers.save(trailer).call(() -> events.publish(changed.events()));
        });
    }

    private Uni<Trailer> load(Actor actor, UUID id, Long expectedVersion) {
        return trailers.findForUpdate(actor.tenantId(), id).map(found -> {
            Trailer trailer = found.orElseThrow(Rejection.missing(WHAT, id));
            Rejection.requireVersion(expectedVersion, trailer.version());
            return trailer;
        });
    }

    @Override
    @WithSession
    public Uni<Trailer> trailer(String tenantId, UUID id) {
        return trailers.find(tenantId, id).map(found -> found.orElseThrow(Rejection.missing(WHAT, id)));
    }

    @Override
    @WithSession
    public Uni<Page<Trailer>> search(String tenantId, TrailerFilter filter, PageRequest page) {
        return trailers.search(tenantId, filter, page);
    }
}
