package dev.opsuite.dispatch.dispatches.application.service;

import dev.opsuite.dispatch.dispatches.application.port.in.FindDispatchesQuery;
import dev.opsuite.dispatch.dispatches.application.port.in.FindDispatchesQuery.DispatchView;
import dev.opsuite.dispatch.dispatches.application.port.in.PrintDispatchSheetQuery;
import dev.opsuite.dispatch.dispatches.application.port.out.DispatchSheetRenderer;
import dev.opsuite.dispatch.dispatches.application.port.out.DispatchSheetRenderer.SheetPrint;
import dev.opsuite.dispatch.dispatches.domain.Booking;
import dev.opsuite.dispatch.dispatches.domain.Dispatch;
import dev.opsuite.dispatch.invoices.domain.IssuedInvoice;
import dev.opsuite.dispatch.units.domain.TripTicket;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.UUID;

/** The sheet from the detail's view; rendering runs on a worker thread (the PDF is CPU-bound). */
@ApplicationScoped
class DispatchSheetService implements PrintDispatchSheetQuery {

    private final FindDispatchesQuery find;
    private final DispatchSheetRenderer renderer;
    private final Clock clock;

    DispatchSheetService(FindDispatchesQuery find, DispatchSheetRenderer renderer, Clock clock) {
        this.find = find;
        this.renderer = renderer;
        this.clock = clock;
    }

    @Override
    public Uni<String> html(String tenantId, UUID dispatchId) {
        return printable(tenantId, dispatchId).emitOn(Infrastructure.getDefaultWorkerPool()).map(renderer::html);
    }

    @Override
    public Uni<byte[]> pdf(String tenantId, UUID dispatchId) {
        return printable(tenantId, dispatchId).emitOn(Infrastructure.getDefaultWorkerPool()).map(renderer::pdf);
    }

    private Uni<SheetPrint> printable(String tenantId, UUID dispatchId) {
        return find.view(tenantId, dispatchId).map(this::sheet);
    }

    SheetPrint sheet(DispatchView v) {
        Dispatch d = v.dispatch();
        Booking b = d.booking();
        TripTicket t = v.tripTicket();
        var trip = t == null
                ? new DispatchSheetRenderer.Trip(b.tripTicketNumber(), null, null, null, null, b.orderReference(), null)
                : new DispatchSheetRenderer.Trip(t.number(), t.crew().registrationNumber(), t.crew().driverNumber(),
                        t.plannedFrom(), t.plannedTo(), t.orderReference(), t.status().name());
        var invoices = d.invoices().stream().map(a -> {
            IssuedInvoice i = v.invoices().stream().filter(x -> x.invoiceId().equals(a.invoiceId())).findFirst().orElse(null);
            return i == null ? new DispatchSheetRenderer.Invoice(a.invoiceNumber(), null, null, null, null, null)
                    : new DispatchSheetRenderer.Invoice(i.invoiceNumber(), i.salesOrderNumber(), i.customerName(),
                            i.total().amount(), i.total().currency(), i.status().name());
        }).toList();
        var history = d.history().stream().map(c -> new DispatchSheetRenderer.Change(c.from() == null ? null : c.from().name(),
                c.to().name(), c.by(), c.at())).toList();
        return new SheetPrint(d.number(), d.status().name(), d.datetime(), b.unitId().toString(),
                b.trailerId() == null ? null : b.trailerId().toString(), trip, b.windowFrom(), b.windowTo(), invoices,
                d.departedAt(), d.delivery() == null ? null : d.delivery().recipientName(),
                d.delivery() == null ? null : d.delivery().receivedAt(), d.delivery() != null && d.delivery().proofAttached(),
                history, d.envelope().createdBy(), d.envelope().createdAt(), clock.instant());
    }
}
