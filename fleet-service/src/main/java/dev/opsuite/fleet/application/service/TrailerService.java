package dev.opsuite.fleet.application.service;

import dev.opsuite.fleet.application.port.in.ManageTrailersUseCase;
import dev.opsuite.fleet.application.port.out.TrailerStore;
import dev.opsuite.fleet.domain.ReadinessCause;
import dev.opsuite.fleet.domain.SubjectRef;
import dev.opsuite.fleet.domain.Trailer;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import dev.opsuite.support.application.Rejection;
import dev.opsuite.support.tenancy.Actor;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.UUID;

@ApplicationScoped
class TrailerService implements ManageTrailersUseCase {

    static final String WHAT = "trailer";

    private final TrailerStore trailers;
    private final UnitReadiness readiness;
    private final Clock clock;

    TrailerService(TrailerStore trailers, UnitReadiness readiness, Clock clock) {
        this.trailers = trailers;
        this.readiness = readiness;
        this.clock = clock;
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
        return trailers.findForUpdate(actor.tenantId(), command.trailerId()).chain(trailer -> {
            Rejection.found(trailer, WHAT, command.trailerId());
            Rejection.requireVersion(command.expectedVersion(), trailer.version());
            Rejection.orThrow(trailer.update(command.registrationNumber(), command.make(), command.model(),
                    actor.userId(), clock.instant()));
            return trailers.save(trailer);
        });
    }

    @Override
    @WithTransaction
    public Uni<Trailer> changeStatus(ChangeTrailerStatusCommand command) {
        Actor actor = command.actor();
        return trailers.findForUpdate(actor.tenantId(), command.trailerId()).chain(trailer -> {
            Rejection.found(trailer, WHAT, command.trailerId());
            Rejection.requireVersion(command.expectedVersion(), trailer.version());
            var change = Rejection.orThrow(trailer.changeStatus(command.status(), actor.userId(), clock.instant()));
            if (!change.changed()) {
                return Uni.createFrom().item(trailer);
            }
            return trailers.save(trailer).call(saved -> readiness.reassessUnitsOf(actor.tenantId(),
                    SubjectRef.trailer(saved.id()), ReadinessCause.TRAILER_STATUS_CHANGED));
        });
    }

    @Override
    @WithSession
    public Uni<Trailer> find(String tenantId, UUID id) {
        return trailers.find(tenantId, id).map(trailer -> Rejection.found(trailer, WHAT, id));
    }

    @Override
    @WithSession
    public Uni<Page<Trailer>> search(String tenantId, TrailerFilter filter, PageRequest page) {
        return trailers.search(tenantId, filter, page);
    }
}
