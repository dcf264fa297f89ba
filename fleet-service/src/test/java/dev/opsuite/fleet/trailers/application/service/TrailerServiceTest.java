package dev.opsuite.fleet.trailers.application.service;

import static dev.opsuite.testing.fakes.Outcomes.done;
import static dev.opsuite.testing.fakes.Outcomes.refused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opsuite.fleet.kernel.TrailerStatus;
import dev.opsuite.fleet.kernel.TrailerType;
import dev.opsuite.testing.fakes.ControlledClock;
import dev.opsuite.fleet.testing.InMemoryTrailers;
import dev.opsuite.testing.fakes.RecordingEventPublisher;
import dev.opsuite.fleet.trailers.application.port.in.ManageTrailersUseCase.ChangeTrailerStatusCommand;
import dev.opsuite.fleet.trailers.application.port.in.ManageTrailersUseCase.RegisterTrailerCommand;
import dev.opsuite.fleet.trailers.application.port.in.ManageTrailersUseCase.UpdateTrailerCommand;
import dev.opsuite.fleet.trailers.domain.Trailer;
import dev.opsuite.fleet.trailers.domain.TrailerStatusChanged;
import dev.opsuite.support.application.Rejection;
import dev.opsuite.support.tenancy.Actor;
import org.junit.jupiter.api.Test;

/** Seed 004: trailers (a frigo one carries one more document), and their availability. Use cases on fakes. */
class TrailerServiceTest {

    static final Actor MANAGER = new Actor("acme", "fleet-manager");

    final ControlledClock clock = ControlledClock.at("2026-03-10T08:00:00Z");
    final InMemoryTrailers trailers = new InMemoryTrailers();
    final RecordingEventPublisher events = new RecordingEventPublisher();
    final TrailerService service = new TrailerService(trailers, events, clock);

    @Test
    void a_frigo_trailer_is_registered_active_and_renamed_without_any_announcement() {
        Trailer frigo = done(service.register(new RegisterTrailerCommand(MANAGER, " 3ac 1200 ", TrailerType.FRIGO,
                "Schmitz", "S.KO COOL")));
        assertThat(frigo.registrationNumber()).isEqualTo("3AC 1200");
        assertThat(frigo.status()).isEqualTo(TrailerStatus.ACTIVE);

        Trailer renamed = done(service.update(new UpdateTrailerCommand(MANAGER, frigo.id(), null, "3AC 1201", null, null)));
        assertThat(renamed.registrationNumber()).isEqualTo("3AC 1201");
        assertThat(events.published()).isEmpty();
    }

    @Test
    void a_trailer_sent_to_repair_is_announced_once() {
        Trailer frigo = done(service.register(new RegisterTrailerCommand(MANAGER, "3AC 1200", TrailerType.FRIGO, null,
                null)));

        done(service.changeStatus(new ChangeTrailerStatusCommand(MANAGER, frigo.id(), null, TrailerStatus.IN_REPAIR)));
        done(service.changeStatus(new ChangeTrailerStatusCommand(MANAGER, frigo.id(), null, TrailerStatus.IN_REPAIR)));

        assertThat(events.published(TrailerStatusChanged.class)).singleElement().satisfies(e -> {
            assertThat(e.previousStatus()).isEqualTo(TrailerStatus.ACTIVE);
            assertThat(e.status()).isEqualTo(TrailerStatus.IN_REPAIR);
        });
    }

    @Test
    void a_stale_version_and_another_tenants_trailer_are_refused() {
        Trailer frigo = done(service.register(new RegisterTrailerCommand(MANAGER, "3AC 1200", TrailerType.FRIGO, null,
                null)));
        assertThat(refused(service.changeStatus(new ChangeTrailerStatusCommand(MANAGER, frigo.id(), 9L,
                TrailerStatus.IN_REPAIR))).kind()).isEqualTo(Rejection.Kind.STALE);
        assertThat(refused(service.trailer("globex", frigo.id())).kind()).isEqualTo(Rejection.Kind.NOT_FOUND);
        assertThat(done(service.find("globex", frigo.id()))).isEmpty();
    }
}
