package dev.opsuite.fleet.drivers.application.service;

import static dev.opsuite.testing.fakes.Outcomes.done;
import static dev.opsuite.testing.fakes.Outcomes.refused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opsuite.fleet.drivers.application.port.in.ManageDriversUseCase.DriverFilter;
import dev.opsuite.fleet.drivers.application.port.in.ManageDriversUseCase.RegisterDriverCommand;
import dev.opsuite.fleet.drivers.application.port.in.ManageDriversUseCase.UpdateDriverCommand;
import dev.opsuite.fleet.drivers.domain.Driver;
import dev.opsuite.fleet.drivers.domain.DriverStatusChanged;
import dev.opsuite.fleet.kernel.DriverStatus;
import dev.opsuite.testing.fakes.ControlledClock;
import dev.opsuite.fleet.testing.InMemoryDrivers;
import dev.opsuite.testing.fakes.RecordingEventPublisher;
import dev.opsuite.support.application.Rejection;
import dev.opsuite.support.paging.PageRequest;
import dev.opsuite.support.tenancy.Actor;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Seed 004: Jan Novák is driver DRV-0001; going on leave is what his transport units hear of. Use cases on fakes. */
class DriverServiceTest {

    static final Actor HR = new Actor("acme", "hr");

    final ControlledClock clock = ControlledClock.at("2026-03-10T08:00:00Z");
    final InMemoryDrivers drivers = new InMemoryDrivers();
    final RecordingEventPublisher events = new RecordingEventPublisher();
    final DriverService service = new DriverService(drivers, drivers, events, clock);

    @Test
    void jan_novak_is_registered_as_DRV_0001_and_the_next_driver_as_DRV_0002() {
        Driver jan = done(service.register(new RegisterDriverCommand(HR, "Jan Novák", "+420 601 234 567")));
        Driver petr = done(service.register(new RegisterDriverCommand(HR, "Petr Svoboda", null)));

        assertThat(jan.employeeNumber()).isEqualTo("DRV-0001");
        assertThat(jan.status()).isEqualTo(DriverStatus.ACTIVE);
        assertThat(petr.employeeNumber()).isEqualTo("DRV-0002");
        assertThat(done(service.search("acme", new DriverFilter(null, "novák"), new PageRequest(1, 20, "employeeNumber",
                true))).items()).containsExactly(jan);
        assertThat(events.published()).isEmpty();
    }

    @Test
    void a_driver_going_on_leave_is_announced_and_a_new_phone_number_is_not() {
        Driver jan = done(service.register(new RegisterDriverCommand(HR, "Jan Novák", null)));

        done(service.update(new UpdateDriverCommand(HR, jan.id(), null, null, "+420 777 000 111", null)));
        assertThat(events.published()).isEmpty();

        done(service.update(new UpdateDriverCommand(HR, jan.id(), null, null, null, DriverStatus.ON_LEAVE)));
        assertThat(events.published(DriverStatusChanged.class)).singleElement().satisfies(e -> {
            assertThat(e.driverId()).isEqualTo(jan.id());
            assertThat(e.previousStatus()).isEqualTo(DriverStatus.ACTIVE);
            assertThat(e.status()).isEqualTo(DriverStatus.ON_LEAVE);
            assertThat(e.changedAt()).isEqualTo(clock.instant());
        });
    }

    @Test
    void a_blank_name_a_stale_version_and_another_tenants_driver_are_refused() {
        Driver jan = done(service.register(new RegisterDriverCommand(HR, "Jan Novák", null)));

        assertThat(refused(service.update(new UpdateDriverCommand(HR, jan.id(), null, " ", null, null))).code())
                .isEqualTo("blank-name");
        assertThat(refused(service.update(new UpdateDriverCommand(HR, jan.id(), 4L, "Jan", null, null))).kind())
                .isEqualTo(Rejection.Kind.STALE);
        assertThat(refused(service.driver("globex", jan.id())).kind()).isEqualTo(Rejection.Kind.NOT_FOUND);
        assertThat(done(service.find("globex", jan.id()))).isEmpty();
        assertThat(done(service.findAll("acme", List.of(jan.id())))).containsOnlyKeys(jan.id());
    }
}
