package dev.opsuite.dispatch.requests.application.service;

import static dev.opsuite.testing.fakes.Outcomes.done;
import static dev.opsuite.testing.fakes.Outcomes.refused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opsuite.dispatch.dispatches.application.port.in.ChangeDispatchUseCase.CancelDispatchCommand;
import dev.opsuite.dispatch.dispatches.application.port.in.ChangeDispatchUseCase.Target;
import dev.opsuite.dispatch.dispatches.application.port.in.CreateDispatchUseCase.CreateDispatchCommand;
import dev.opsuite.dispatch.dispatches.application.service.DispatchesWiring;
import dev.opsuite.dispatch.dispatches.domain.Dispatch;
import dev.opsuite.dispatch.dispatches.domain.DispatchStatus;
import dev.opsuite.dispatch.invoices.application.service.InvoicesWiring;
import dev.opsuite.dispatch.invoices.domain.InvoiceStatus;
import dev.opsuite.dispatch.invoices.domain.IssuedInvoice;
import dev.opsuite.dispatch.requests.application.port.in.RequestInvoiceUseCase.RequestInvoiceCommand;
import dev.opsuite.dispatch.requests.domain.InvoiceRequest;
import dev.opsuite.dispatch.requests.domain.InvoiceRequestStatus;
import dev.opsuite.dispatch.testing.InMemoryDispatches;
import dev.opsuite.dispatch.testing.InMemoryFleetProjection;
import dev.opsuite.dispatch.testing.InMemoryInvoiceProjection;
import dev.opsuite.dispatch.testing.InMemoryInvoiceRequests;
import dev.opsuite.dispatch.units.application.service.UnitsWiring;
import dev.opsuite.dispatch.units.domain.TransportUnit;
import dev.opsuite.dispatch.units.domain.TripTicket;
import dev.opsuite.dispatch.units.domain.TripTicketStatus;
import dev.opsuite.support.tenancy.Actor;
import dev.opsuite.testing.fakes.ControlledClock;
import dev.opsuite.testing.fakes.RecordingEventPublisher;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Seed 000: "attach existing invoices OR create new ones" — the new one is asked of billing and attached when it comes. */
class InvoiceRequestServiceTest {

    static final String ACME = "acme";
    static final Actor EVA = new Actor(ACME, "dispatcher-eva");
    static final Instant NOW = Instant.parse("2026-12-05T08:00:00Z");

    final ControlledClock clock = new ControlledClock(NOW);
    final InMemoryInvoiceRequests requests = new InMemoryInvoiceRequests();
    final InMemoryDispatches dispatchStore = new InMemoryDispatches();
    final RecordingEventPublisher events = new RecordingEventPublisher();
    final UnitsWiring.Units units = UnitsWiring.on(new InMemoryFleetProjection());
    final InvoicesWiring.Invoices invoices = InvoicesWiring.on(new InMemoryInvoiceProjection());
    final DispatchesWiring.Dispatches dispatches = DispatchesWiring.on(dispatchStore, units.find(), invoices.find(), events,
            clock);
    final InvoiceRequestService service = new InvoiceRequestService(requests, dispatches.find(), dispatches.invoices(),
            invoices.record(), events, clock);
    final Dispatch dispatch;

    InvoiceRequestServiceTest() {
        UUID unit = UUID.randomUUID();
        UUID driver = UUID.randomUUID();
        UUID truck = UUID.randomUUID();
        UUID ticket = UUID.randomUUID();
        done(units.record().unitChanged(new TransportUnit(ACME, unit, "ACTIVE", driver, truck, null, true, List.of(), 1, NOW)));
        done(units.record().tripTicketIssued(new TripTicket(ACME, ticket, "TT-2026-000001", new TripTicket.Crew(truck, "1AB 2345",
                driver, "D-007", null, unit), NOW.plusSeconds(86_400), NOW.plusSeconds(2 * 86_400), null, TripTicketStatus.OPEN)));
        dispatch = done(dispatches.create().create(new CreateDispatchCommand(EVA, ticket, NOW.plusSeconds(90_000), unit,
                List.of())));
    }

    @Test
    void the_requested_invoice_is_attached_by_the_one_who_asked_when_billing_issues_it() {
        InvoiceRequest request = ask();
        assertThat(request.status()).isEqualTo(InvoiceRequestStatus.REQUESTED);
        assertThat(events.published(InvoiceRequest.Requested.class)).hasSize(1);

        UUID invoice = UUID.randomUUID();
        done(service.invoiceIssued(issued(invoice, request.id())));

        InvoiceRequest answered = done(service.requests(ACME, dispatch.id())).get(0);
        assertThat(answered.status()).isEqualTo(InvoiceRequestStatus.FULFILLED);
        assertThat(answered.answer().invoiceId()).isEqualTo(invoice);
        assertThat(answered.answer().attached()).isTrue();
        Dispatch now = done(dispatches.find().dispatch(ACME, dispatch.id()));
        assertThat(now.status()).isEqualTo(DispatchStatus.DRAFT);
        assertThat(now.invoices()).singleElement().satisfies(i -> assertThat(i.attachedBy()).isEqualTo("dispatcher-eva"));
    }

    @Test
    void an_invoice_issued_after_the_dispatch_was_cancelled_fulfils_the_request_without_attaching() {
        InvoiceRequest request = ask();
        done(dispatches.change().cancel(new CancelDispatchCommand(new Target(EVA, dispatch.id(), null), "postponed")));

        done(service.invoiceIssued(issued(UUID.randomUUID(), request.id())));

        InvoiceRequest answered = done(service.requests(ACME, dispatch.id())).get(0);
        assertThat(answered.status()).isEqualTo(InvoiceRequestStatus.FULFILLED);
        assertThat(answered.answer().attached()).isFalse();
        assertThat(answered.answer().detail()).contains("CANCELLED");
    }

    @Test
    void billing_refuses_and_the_request_keeps_its_reason() {
        InvoiceRequest request = ask();

        done(service.rejected(ACME, request.id(), "quantity-exceeds-order", "2 left to invoice", NOW));

        assertThat(done(service.requests(ACME, dispatch.id())).get(0).answer().reason()).isEqualTo("quantity-exceeds-order");
    }

    @Test
    void a_line_named_twice_is_refused_naming_lines() {
        UUID line = UUID.randomUUID();
        assertThat(refused(service.request(new RequestInvoiceCommand(EVA, dispatch.id(), UUID.randomUUID(), List.of(
                new InvoiceRequest.Line(line, BigDecimal.ONE), new InvoiceRequest.Line(line, BigDecimal.TEN))))).field())
                .isEqualTo("lines");
    }

    private InvoiceRequest ask() {
        return done(service.request(new RequestInvoiceCommand(EVA, dispatch.id(), UUID.randomUUID(),
                List.of(new InvoiceRequest.Line(UUID.randomUUID(), new BigDecimal("12.5"))))));
    }

    private static IssuedInvoice issued(UUID invoice, UUID requestId) {
        return new IssuedInvoice(ACME, invoice, "INV-2026-000042", UUID.randomUUID(), "SO-2026-000007", UUID.randomUUID(),
                "Novák Logistics s.r.o.", new IssuedInvoice.Total(new BigDecimal("12500.00"), "CZK"), NOW, UUID.randomUUID(),
                InvoiceStatus.ISSUED, requestId);
    }
}
