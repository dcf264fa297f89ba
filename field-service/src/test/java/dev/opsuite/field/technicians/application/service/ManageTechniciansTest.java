package dev.opsuite.field.technicians.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opsuite.field.kernel.Skill;
import dev.opsuite.field.kernel.Trade;
import dev.opsuite.field.technicians.application.port.in.ManageTechniciansUseCase.RegisterTechnicianCommand;
import dev.opsuite.field.technicians.application.port.in.ManageTechniciansUseCase.ReviseTechnicianCommand;
import dev.opsuite.field.technicians.application.port.in.ManageTechniciansUseCase.TakeTimeOffCommand;
import dev.opsuite.field.technicians.domain.Technician;
import dev.opsuite.field.technicians.domain.Technician.Profile;
import dev.opsuite.field.technicians.domain.Truck;
import dev.opsuite.field.technicians.domain.WorkingHours;
import dev.opsuite.field.testing.InMemoryTechnicians;
import dev.opsuite.support.application.RejectedException;
import dev.opsuite.support.application.Rejection;
import dev.opsuite.support.tenancy.Actor;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Seed 002: an admin keeps the technicians: skills and levels, working hours, time off and the truck each drives. */
class ManageTechniciansTest {

    static final Instant NOW = Instant.parse("2026-05-04T06:00:00Z");
    static final Actor ADMIN = new Actor("acme", "admin-ada");

    final InMemoryTechnicians technicians = new InMemoryTechnicians();
    final TechnicianService service = new TechnicianService(technicians, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void a_technician_is_registered_revised_at_the_version_read_and_found_by_login_and_trade() {
        Technician tom = register("tom", "Tom", new Skill(Trade.HVAC, 2));
        register("pia", "Pia", new Skill(Trade.PLUMBING, 3));
        Truck truck = new Truck(UUID.randomUUID(), UUID.randomUUID());

        Technician revised = service.revise(new ReviseTechnicianCommand(ADMIN, tom.id(), 0L, new Profile("Tom Hale",
                ZoneId.of("Europe/Prague"), List.of(new Skill(Trade.HVAC, 3)), hours(), truck))).await().indefinitely();

        assertThat(revised.truck()).isEqualTo(truck);
        assertThat(revised.userId()).isEqualTo("tom");
        assertThat(revised.version()).isEqualTo(1);
        assertThat(service.ofUser("acme", "tom").await().indefinitely()).contains(revised);
        assertThat(service.technicians("acme", Trade.PLUMBING).await().indefinitely()).extracting(Technician::name)
                .containsExactly("Pia");
        assertThat(service.technicians("acme", null).await().indefinitely()).hasSize(2);
        assertThatThrownBy(() -> service.revise(new ReviseTechnicianCommand(ADMIN, tom.id(), 0L, profile("Tom")))
                .await().indefinitely()).isInstanceOfSatisfying(RejectedException.class,
                        e -> assertThat(e.rejection().kind()).isEqualTo(Rejection.Kind.STALE));
    }

    @Test
    void time_off_is_taken_and_cancelled_and_an_overlap_is_a_conflict_naming_from() {
        Technician tom = register("tom", "Tom", new Skill(Trade.HVAC, 2));
        Technician away = service.takeTimeOff(new TakeTimeOffCommand(ADMIN, tom.id(), NOW, NOW.plusSeconds(86_400),
                "Training")).await().indefinitely();

        assertThatThrownBy(() -> service.takeTimeOff(new TakeTimeOffCommand(ADMIN, tom.id(), NOW.plusSeconds(3600),
                NOW.plusSeconds(7200), null)).await().indefinitely())
                .isInstanceOfSatisfying(RejectedException.class, e -> {
                    assertThat(e.rejection().kind()).isEqualTo(Rejection.Kind.CONFLICT);
                    assertThat(e.rejection().field()).isEqualTo("from");
                });
        Technician back = service.cancelTimeOff(ADMIN, tom.id(), away.timeOff().get(0).id()).await().indefinitely();
        assertThat(back.timeOff()).isEmpty();
        assertThatThrownBy(() -> service.cancelTimeOff(ADMIN, tom.id(), UUID.randomUUID()).await().indefinitely())
                .isInstanceOfSatisfying(RejectedException.class,
                        e -> assertThat(e.rejection().kind()).isEqualTo(Rejection.Kind.NOT_FOUND));
    }

    @Test
    void another_businesss_technician_is_not_found() {
        Technician tom = register("tom", "Tom", new Skill(Trade.HVAC, 2));
        assertThatThrownBy(() -> service.technician("globex", tom.id()).await().indefinitely())
                .isInstanceOfSatisfying(RejectedException.class,
                        e -> assertThat(e.rejection().kind()).isEqualTo(Rejection.Kind.NOT_FOUND));
    }

    private Technician register(String userId, String name, Skill skill) {
        return service.register(new RegisterTechnicianCommand(ADMIN, userId, new Profile(name, ZoneId.of("UTC"),
                List.of(skill), hours(), null))).await().indefinitely();
    }

    private static Profile profile(String name) {
        return new Profile(name, ZoneId.of("UTC"), List.of(), hours(), null);
    }

    private static List<WorkingHours> hours() {
        return List.of(new WorkingHours(DayOfWeek.MONDAY, LocalTime.of(7, 0), LocalTime.of(16, 0)));
    }
}
