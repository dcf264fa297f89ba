package dev.opsuite.dispatch.dispatches.application.service;

import static dev.opsuite.testing.fakes.Outcomes.done;
import static dev.opsuite.testing.fakes.Outcomes.refused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opsuite.dispatch.dispatches.application.port.in.AttachInvoicesUseCase.AttachInvoicesCommand;
import dev.opsuite.dispatch.dispatches.application.port.in.AttachInvoicesUseCase.DetachInvoiceCommand;
import dev.opsuite.dispatch.dispatches.application.port.in.ChangeDispatchUseCase.CancelDispatchCommand;
import dev.opsuite.dispatch.dispatches.application.port.in.ChangeDispatchUseCase.CompleteDispatchCommand;
import dev.opsuite.dispatch.dispatches.application.port.in.ChangeDispatchUseCase.DeleteDispatchCommand;
import dev.opsuite.dispatch.dispatches.application.port.in.ChangeDispatchUseCase.EditDispatchCommand;
import dev.opsuite.dispatch.dispatches.application.port.in.ChangeDispatchUseCase.Target;
import dev.opsuite.dispatch.dispatches.application.port.in.ChangeDispatchUseCase.UploadProofCommand;
import dev.opsuite.dispatch.dispatches.application.port.in.CreateDispatchUseCase.CreateDispatchCommand;
import dev.opsuite.dispatch.dispatches.domain.Dispatch;
import dev.opsuite.dispatch.dispatches.domain.DispatchEvent;
import dev.opsuite.dispatch.dispatches.domain.DispatchPolicy;
import dev.opsuite.dispatch.dispatches.domain.DispatchStatus;
import dev.opsuite.dispatch.dispatches.domain.StatusChange;
import dev.opsuite.dispatch.dispatches.domain.WindowSource;
import dev.opsuite.dispatch.invoices.application.service.InvoicesWiring;
import dev.opsuite.dispatch.invoices.domain.InvoiceStatus;
import dev.opsuite.dispatch.invoices.domain.IssuedInvoice;
import dev.opsuite.dispatch.testing.InMemoryDispatches;
import dev.opsuite.dispatch.testing.InMemoryFleetProjection;
import dev.opsuite.dispatch.testing.InMemoryInvoiceProjection;
import dev.opsuite.dispatch.units.application.service.UnitsWiring;
import dev.opsuite.dispatch.units.domain.TransportUnit;
import dev.opsuite.dispatch.units.domain.TripTicket;
import dev.opsuite.dispatch.units.domain.TripTicketStatus;
import dev.opsuite.support.application.Rejection;
import dev.opsuite.support.tenancy.Actor;
import dev.opsuite.testing.fakes.ControlledClock;
import dev.opsuite.testing.fakes.CountingDocumentNumbers;
import dev.opsuite.testing.fakes.RecordingEventPublisher;
import io.smallrye.mutiny.Uni;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Seed 000: a dispatcher creates a dispatch on a unit and a trip ticket, attaches invoices, and takes it through
 * Draft → Scheduled → Dispatched → Completed → Closed; Pending without invoices; the rules, each named by its field.
 */
class DispatchServiceTest {

    static final String ACME = "acme";
    static final Actor EVA = new Actor(ACME, "dispatcher-eva");
    static final Actor PETR = new Actor(ACME, "dispatcher-petr");
    static final Actor MANAGER = new Actor(ACME, "ops-jana");
    static final Instant NOW = Instant.parse("2026-12-05T08:00:00Z");
    static final Instant TRIP_FROM = Instant.parse("2026-12-07T06:00:00Z");
    static final Instant TRIP_TO = Instant.parse("2026-12-07T18:00:00Z");
    static final Instant DEPARTURE = Instant.parse("2026-12-07T07:00:00Z");

    final ControlledClock clock = new ControlledClock(NOW);
    final InMemoryDispatches dispatches = new InMemoryDispatches();
    final InMemoryFleetProjection fleet = new InMemoryFleetProjection();
    final InMemoryInvoiceProjection invoiceCopies = new InMemoryInvoiceProjection();
    final RecordingEventPublisher events = new RecordingEventPublisher();
    final UnitsWiring.Units units = UnitsWiring.on(fleet);
    final InvoicesWiring.Invoices invoices = InvoicesWiring.on(invoiceCopies);
    final DispatchService service = new DispatchService(dispatches, dispatches, units.find(), invoices.find(), events,
            new CountingDocumentNumbers(), () -> 1_000L, clock);
    final DispatchQueries queries = new DispatchQueries(dispatches, dispatches, units.find(), invoices.find(), clock);

    final UUID unit = UUID.randomUUID();
    final UUID driver = UUID.randomUUID();
    final UUID truck = UUID.randomUUID();
    final UUID ticket = UUID.randomUUID();

    DispatchServiceTest() {
        unitIs(unit, driver, truck, true, 1);
        done(units.record().tripTicketIssued(new TripTicket(ACME, ticket, "TT-2026-000001", new TripTicket.Crew(truck,
                "1AB 2345", driver, "D-007", null, unit), TRIP_FROM, TRIP_TO, "SO-2026-000007", TripTicketStatus.OPEN)));
    }

    @Test
    void a_dispatch_created_without_invoices_is_pending_numbered_and_filled_in() {
        Dispatch d = create(EVA, ticket, DEPARTURE, unit);

        assertThat(d.status()).isEqualTo(DispatchStatus.PENDING);
        assertThat(d.number()).isEqualTo("DSP-2026-000001");
        assertThat(d.envelope().createdBy()).isEqualTo("dispatcher-eva");
        assertThat(d.envelope().createdAt()).isEqualTo(NOW);
        assertThat(d.booking().windowFrom()).isEqualTo(TRIP_FROM);
        assertThat(d.booking().windowTo()).isEqualTo(TRIP_TO);
        assertThat(d.history()).containsExactly(new StatusChange(null, DispatchStatus.PENDING, "dispatcher-eva", NOW));
        assertThat(events.published(DispatchEvent.Created.class)).hasSize(1);
    }

    @Test
    void a_dispatch_created_with_invoices_is_a_draft_and_announces_each_attached_invoice() {
        UUID first = issued(InvoiceStatus.ISSUED);
        UUID second = issued(InvoiceStatus.ISSUED);

        Dispatch d = done(service.create(new CreateDispatchCommand(EVA, ticket, DEPARTURE, unit, List.of(first, second))));

        assertThat(d.status()).isEqualTo(DispatchStatus.DRAFT);
        assertThat(d.invoices()).extracting(i -> i.invoiceId()).containsExactly(first, second);
        assertThat(events.published(DispatchEvent.InvoiceAttached.class)).hasSize(2);
    }

    @Test
    void a_unit_not_ready_for_an_order_is_refused_naming_unit_with_fleets_reasons() {
        unitIs(unit, driver, truck, false, 2, "DRIVER_LICENCE_EXPIRED");

        Rejection no = refused(service.create(new CreateDispatchCommand(EVA, ticket, DEPARTURE, unit, List.of())));

        assertThat(no.kind()).isEqualTo(Rejection.Kind.UNPROCESSABLE);
        assertThat(no.field()).isEqualTo("unit");
        assertThat(no.detail()).contains("DRIVER_LICENCE_EXPIRED");
    }

    @Test
    void a_unit_fleet_never_announced_is_refused_naming_unit() {
        assertThat(refused(service.create(new CreateDispatchCommand(EVA, ticket, DEPARTURE, UUID.randomUUID(), List.of())))
                .code()).isEqualTo("unit-not-found");
    }

    @Test
    void a_trip_ticket_of_another_driver_is_refused_naming_trip_ticket() {
        UUID otherUnit = UUID.randomUUID();
        unitIs(otherUnit, UUID.randomUUID(), truck, true, 1);

        Rejection no = refused(service.create(new CreateDispatchCommand(EVA, ticket, DEPARTURE, otherUnit, List.of())));

        assertThat(no.code()).isEqualTo("trip-ticket-of-another-crew");
        assertThat(no.field()).isEqualTo("tripTicketId");
    }

    @Test
    void a_closed_trip_ticket_is_refused_naming_trip_ticket() {
        done(units.record().tripTicketEnded(ACME, ticket, TripTicketStatus.CLOSED));

        assertThat(refused(service.create(new CreateDispatchCommand(EVA, ticket, DEPARTURE, unit, List.of()))).code())
                .isEqualTo("trip-ticket-not-open");
    }

    @Test
    void datetime_outside_the_trip_tickets_window_is_refused_naming_datetime() {
        Rejection no = refused(service.create(new CreateDispatchCommand(EVA, ticket, TRIP_TO.plusSeconds(60), unit, List.of())));

        assertThat(no.code()).isEqualTo("datetime-outside-trip");
        assertThat(no.field()).isEqualTo("datetime");
    }

    @Test
    void datetime_in_the_past_is_refused_unless_the_business_allows_it() {
        clock.set(TRIP_FROM.plus(Duration.ofHours(2)));

        assertThat(refused(service.create(new CreateDispatchCommand(EVA, ticket, DEPARTURE, unit, List.of()))).code())
                .isEqualTo("datetime-in-past");
        done(queries.change(MANAGER, new DispatchPolicy(true, WindowSource.TRIP_TICKET, 120)));
        assertThat(create(EVA, ticket, DEPARTURE, unit).status()).isEqualTo(DispatchStatus.PENDING);
    }

    @Test
    void under_a_duration_policy_the_unit_is_booked_for_the_minutes_centred_on_datetime() {
        done(queries.change(MANAGER, new DispatchPolicy(false, WindowSource.DURATION, 120)));

        Dispatch d = create(EVA, ticket, DEPARTURE, unit);

        assertThat(d.booking().windowFrom()).isEqualTo(DEPARTURE.minus(Duration.ofHours(1)));
        assertThat(d.booking().windowTo()).isEqualTo(DEPARTURE.plus(Duration.ofHours(1)));
    }

    @Test
    void draft_scheduled_dispatched_completed_closed_with_every_change_in_the_history() {
        Dispatch d = create(EVA, ticket, DEPARTURE, unit);
        UUID invoice = issued(InvoiceStatus.ISSUED);

        d = done(service.attach(new AttachInvoicesCommand(at(EVA, d), List.of(invoice))));
        assertThat(d.status()).isEqualTo(DispatchStatus.DRAFT);
        d = done(service.schedule(at(EVA, d)));
        clock.set(DEPARTURE);
        d = done(service.dispatch(at(EVA, d)));
        assertThat(d.departedAt()).isEqualTo(DEPARTURE);
        clock.advance(Duration.ofHours(4));
        d = done(service.complete(new CompleteDispatchCommand(at(EVA, d), "Jan Novák", DEPARTURE.plus(Duration.ofHours(3)))));
        assertThat(d.delivery().recipientName()).isEqualTo("Jan Novák");
        d = done(service.close(at(MANAGER, d)));

        assertThat(d.history()).extracting(StatusChange::to).containsExactly(DispatchStatus.PENDING, DispatchStatus.DRAFT,
                DispatchStatus.SCHEDULED, DispatchStatus.DISPATCHED, DispatchStatus.COMPLETED, DispatchStatus.CLOSED);
        assertThat(d.history().get(5).by()).isEqualTo("ops-jana");
        assertThat(events.published(DispatchEvent.Moved.class)).extracting(m -> m.change().to()).containsExactly(
                DispatchStatus.DRAFT, DispatchStatus.SCHEDULED, DispatchStatus.DISPATCHED, DispatchStatus.COMPLETED,
                DispatchStatus.CLOSED);
    }

    @Test
    void a_dispatch_is_completed_only_with_at_least_one_invoice() {
        Dispatch d = create(EVA, ticket, DEPARTURE, unit);
        d = done(service.schedule(at(EVA, d)));
        clock.set(DEPARTURE);
        d = done(service.dispatch(at(EVA, d)));

        Rejection no = refused(service.complete(new CompleteDispatchCommand(at(EVA, d), "Jan Novák", DEPARTURE)));

        assertThat(no.code()).isEqualTo("invoice-required");
        assertThat(no.kind()).isEqualTo(Rejection.Kind.CONFLICT);
    }

    @Test
    void detaching_the_last_invoice_makes_a_draft_pending_again_and_a_processed_invoice_stays() {
        UUID kept = issued(InvoiceStatus.ISSUED);
        Dispatch d = done(service.create(new CreateDispatchCommand(EVA, ticket, DEPARTURE, unit, List.of(kept))));

        d = done(service.detach(new DetachInvoiceCommand(at(EVA, d), kept)));
        assertThat(d.status()).isEqualTo(DispatchStatus.PENDING);

        UUID paid = issued(InvoiceStatus.ISSUED);
        d = done(service.attach(new AttachInvoicesCommand(at(EVA, d), List.of(paid))));
        done(invoices.lifecycle().processed(ACME, paid, UUID.randomUUID()));
        assertThat(refused(service.detach(new DetachInvoiceCommand(at(EVA, d), paid))).code()).isEqualTo("invoice-processed");
        assertThat(refused(service.delete(new DeleteDispatchCommand(at(MANAGER, d), false))).code())
                .isEqualTo("invoice-processed");
    }

    @Test
    void a_void_or_unknown_invoice_is_refused_naming_invoice_ids() {
        Dispatch d = create(EVA, ticket, DEPARTURE, unit);
        UUID voided = issued(InvoiceStatus.VOID);

        Rejection no = refused(service.attach(new AttachInvoicesCommand(at(EVA, d), List.of(voided))));
        assertThat(no.code()).isEqualTo("invoice-void");
        assertThat(no.field()).isEqualTo("invoiceIds");
        assertThat(refused(service.attach(new AttachInvoicesCommand(at(EVA, d), List.of(UUID.randomUUID())))).code())
                .isEqualTo("invoice-not-found");
    }

    @Test
    void only_datetime_and_unit_change_and_only_before_the_unit_leaves() {
        Dispatch d = create(EVA, ticket, DEPARTURE, unit);
        UUID sameCrew = UUID.randomUUID();
        unitIs(sameCrew, driver, truck, true, 1);

        d = done(service.edit(new EditDispatchCommand(at(EVA, d), DEPARTURE.plus(Duration.ofHours(1)), sameCrew)));
        assertThat(d.booking().unitId()).isEqualTo(sameCrew);
        assertThat(events.published(DispatchEvent.Updated.class)).singleElement()
                .satisfies(u -> assertThat(u.changedFields()).containsExactly("datetime", "unit"));

        d = done(service.schedule(at(EVA, d)));
        clock.set(DEPARTURE);
        d = done(service.dispatch(at(EVA, d)));
        assertThat(refused(service.edit(new EditDispatchCommand(at(EVA, d), DEPARTURE.plus(Duration.ofHours(2)), null)))
                .code()).isEqualTo("dispatch-not-editable");
    }

    @Test
    void a_stale_version_is_refused() {
        Dispatch d = create(EVA, ticket, DEPARTURE, unit);

        assertThat(refused(service.schedule(new Target(EVA, d.id(), d.version() + 1))).kind()).isEqualTo(Rejection.Kind.STALE);
    }

    @Test
    void a_dispatcher_deletes_only_their_own_draft_or_pending_dispatches() {
        Dispatch evas = create(EVA, ticket, DEPARTURE, unit);

        Rejection no = refused(service.delete(new DeleteDispatchCommand(at(PETR, evas), true)));
        assertThat(no.kind()).isEqualTo(Rejection.Kind.FORBIDDEN);
        assertThat(no.code()).isEqualTo("dispatch-delete-limited");

        Dispatch scheduled = done(service.schedule(at(EVA, evas)));
        assertThat(refused(service.delete(new DeleteDispatchCommand(at(EVA, scheduled), true))).kind())
                .isEqualTo(Rejection.Kind.FORBIDDEN);
        done(service.delete(new DeleteDispatchCommand(at(MANAGER, scheduled), false)));
        assertThat(refused(queries.dispatch(ACME, evas.id())).kind()).isEqualTo(Rejection.Kind.NOT_FOUND);
        assertThat(events.published(DispatchEvent.Deleted.class)).singleElement()
                .satisfies(e -> assertThat(e.previousStatus()).isEqualTo(DispatchStatus.SCHEDULED));
    }

    @Test
    void cancelling_frees_the_invoices_with_a_detached_event_each() {
        UUID invoice = issued(InvoiceStatus.ISSUED);
        Dispatch d = done(service.create(new CreateDispatchCommand(EVA, ticket, DEPARTURE, unit, List.of(invoice))));

        d = done(service.cancel(new CancelDispatchCommand(at(EVA, d), "customer postponed")));

        assertThat(d.status()).isEqualTo(DispatchStatus.CANCELLED);
        assertThat(d.invoices()).isEmpty();
        assertThat(events.published(DispatchEvent.InvoiceDetached.class)).singleElement()
                .satisfies(e -> assertThat(e.invoice().invoiceId()).isEqualTo(invoice));
        assertThat(refused(service.cancel(new CancelDispatchCommand(at(EVA, d), "again"))).kind())
                .isEqualTo(Rejection.Kind.CONFLICT);
    }

    @Test
    void a_scheduled_dispatch_whose_unit_stops_being_ready_is_at_risk() {
        Dispatch d = done(service.schedule(at(EVA, create(EVA, ticket, DEPARTURE, unit))));

        unitIs(unit, driver, truck, false, 7, "TRAILER_INSPECTION_OVERDUE");

        assertThat(done(queries.atRisk(ACME))).singleElement().satisfies(r -> {
            assertThat(r.dispatch().id()).isEqualTo(d.id());
            assertThat(r.unit().reasons()).containsExactly("TRAILER_INSPECTION_OVERDUE");
        });
    }

    @Test
    void proof_of_delivery_is_a_jpeg_png_or_heic_photo_within_the_limit() {
        Dispatch d = done(service.schedule(at(EVA, create(EVA, ticket, DEPARTURE, unit))));
        clock.set(DEPARTURE);
        Dispatch out = done(service.dispatch(at(EVA, d)));
        byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0 };

        assertThat(refused(service.uploadProof(new UploadProofCommand(at(EVA, out), "sig.gif", 4,
                Uni.createFrom().item(new byte[] { 'G', 'I', 'F', '8' })))).kind()).isEqualTo(Rejection.Kind.UNSUPPORTED_TYPE);
        assertThat(refused(() -> service.uploadProof(new UploadProofCommand(at(EVA, out), "big.png", 1_001,
                Uni.createFrom().item(png)))).kind()).isEqualTo(Rejection.Kind.TOO_LARGE);
        Dispatch proved = done(service.uploadProof(new UploadProofCommand(at(EVA, out), "sig.png", png.length,
                Uni.createFrom().item(png))));

        assertThat(proved.proofUploaded()).isTrue();
        assertThat(dispatches.proofs).containsEntry(out.id(), "image/png");
    }

    private Dispatch create(Actor actor, UUID tripTicket, Instant datetime, UUID onUnit) {
        return done(service.create(new CreateDispatchCommand(actor, tripTicket, datetime, onUnit, List.of())));
    }

    private static Target at(Actor actor, Dispatch d) {
        return new Target(actor, d.id(), d.version());
    }

    private void unitIs(UUID id, UUID unitDriver, UUID unitTruck, boolean ready, long version, String... reasons) {
        done(units.record().unitChanged(new TransportUnit(ACME, id, "ACTIVE", unitDriver, unitTruck, null, ready,
                List.of(reasons), version, NOW)));
    }

    private UUID issued(InvoiceStatus status) {
        UUID id = UUID.randomUUID();
        done(invoices.record().record(new IssuedInvoice(ACME, id, "INV-2026-0000" + id.toString().substring(0, 2),
                UUID.randomUUID(), "SO-2026-000007", UUID.randomUUID(), "Novák Logistics s.r.o.",
                new IssuedInvoice.Total(new BigDecimal("12500.00"), "CZK"), NOW, UUID.randomUUID(), InvoiceStatus.ISSUED,
                null)));
        if (status == InvoiceStatus.VOID) {
            done(invoices.lifecycle().voided(ACME, id, UUID.randomUUID()));
        }
        return id;
    }
}
