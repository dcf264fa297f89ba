package dev.opsuite.dispatch.dispatches.application.service;

import dev.opsuite.dispatch.dispatches.application.port.in.AttachInvoicesUseCase;
import dev.opsuite.dispatch.dispatches.application.port.in.ChangeDispatchUseCase;
import dev.opsuite.dispatch.dispatches.application.port.in.CreateDispatchUseCase;
import dev.opsuite.dispatch.dispatches.application.port.in.FindDispatchesQuery;
import dev.opsuite.dispatch.invoices.application.port.in.FindInvoicesQuery;
import dev.opsuite.dispatch.testing.InMemoryDispatches;
import dev.opsuite.dispatch.units.application.port.in.FindUnitsQuery;
import dev.opsuite.support.application.EventPublisher;
import dev.opsuite.testing.fakes.CountingDocumentNumbers;
import java.time.Clock;

/** The dispatches capability on the fakes a fast test gives it (proofs up to 10 MiB, as configured by default). */
public final class DispatchesWiring {

    private DispatchesWiring() {
    }

    public record Dispatches(CreateDispatchUseCase create, ChangeDispatchUseCase change, AttachInvoicesUseCase invoices,
            FindDispatchesQuery find) {
    }

    public static Dispatches on(InMemoryDispatches store, FindUnitsQuery units, FindInvoicesQuery invoices,
            EventPublisher events, Clock clock) {
        DispatchService service = new DispatchService(store, store, units, invoices, events, new CountingDocumentNumbers(),
                () -> 10_485_760L, clock);
        return new Dispatches(service, service, service, new DispatchQueries(store, store, units, invoices, clock));
    }
}
