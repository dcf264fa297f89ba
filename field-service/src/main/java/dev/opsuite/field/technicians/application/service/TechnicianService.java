package dev.opsuite.field.technicians.application.service;

import dev.opsuite.field.kernel.Trade;
import dev.opsuite.field.technicians.application.port.in.FindTechniciansQuery;
import dev.opsuite.field.technicians.application.port.in.ManageTechniciansUseCase;
import dev.opsuite.field.technicians.application.port.out.TechnicianStore;
import dev.opsuite.field.technicians.domain.Technician;
import dev.opsuite.support.application.Rejection;
import dev.opsuite.support.domain.Envelope;
import dev.opsuite.support.tenancy.Actor;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class TechnicianService implements ManageTechniciansUseCase, FindTechniciansQuery {

    static final String WHAT = "technician";

    private final TechnicianStore technicians;
    private final Clock clock;

    TechnicianService(TechnicianStore technicians, Clock clock) {
        this.technicians = technicians;
        this.clock = clock;
    }

    @Override
    @WithTransaction
    public Uni<Technician> register(RegisterTechnicianCommand command) {
        Actor actor = command.actor();
        Envelope envelope = Envelope.created(UUID.randomUUID(), actor.tenantId(), actor.userId(), clock.instant());
        return technicians.add(Rejection.orThrow(Technician.register(envelope, command.userId(), command.profile())));
    }

    @Override
    @WithTransaction
    public Uni<Technician> revise(ReviseTechnicianCommand command) {
        Actor actor = command.actor();
        return current(actor.tenantId(), command.technicianId(), command.expectedVersion())
                .map(t -> Rejection.orThrow(t.revise(command.profile(), actor.userId(), clock.instant())))
                .chain(technicians::update);
    }

    @Override
    @WithTransaction
    public Uni<Technician> takeTimeOff(TakeTimeOffCommand command) {
        Actor actor = command.actor();
        return current(actor.tenantId(), command.technicianId(), null)
                .map(t -> Rejection.orThrow(t.takeTimeOff(UUID.randomUUID(), command.from(), command.to(),
                        command.reason(), actor.userId(), clock.instant())))
                .chain(technicians::update);
    }

    @Override
    @WithTransaction
    public Uni<Technician> cancelTimeOff(Actor actor, UUID technicianId, UUID timeOffId) {
        return current(actor.tenantId(), technicianId, null)
                .map(t -> t.cancelTimeOff(timeOffId, actor.userId(), clock.instant())
                        .orElseThrow(Rejection.missing("time-off", timeOffId)))
                .chain(technicians::update);
    }

    private Uni<Technician> current(String tenantId, UUID id, Long expectedVersion) {
        return technicians.find(tenantId, id).map(found -> Rejection.current(found, WHAT, id, expectedVersion));
    }

    @Override
    @WithSession
    public Uni<Technician> technician(String tenantId, UUID id) {
        return technicians.find(tenantId, id).map(found -> found.orElseThrow(Rejection.missing(WHAT, id)));
    }

    @Override
    @WithSession
    public Uni<Optional<Technician>> ofUser(String tenantId, String userId) {
        return technicians.ofUser(tenantId, userId);
    }

    @Override
    @WithSession
    public Uni<List<Technician>> technicians(String tenantId, Trade trade) {
        return technicians.all(tenantId)
                .map(all -> all.stream().filter(t -> trade == null || t.skillIn(trade).isPresent()).toList());
    }
}
