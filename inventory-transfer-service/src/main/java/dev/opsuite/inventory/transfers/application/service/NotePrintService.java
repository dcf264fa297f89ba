package dev.opsuite.inventory.transfers.application.service;

import dev.opsuite.inventory.transfers.application.port.in.FindTransferDispatchNotesQuery;
import dev.opsuite.inventory.transfers.application.port.in.FindTransferDispatchNotesQuery.NoteView;
import dev.opsuite.inventory.transfers.application.port.in.PrintTransferDispatchNoteQuery;
import dev.opsuite.inventory.catalog.application.port.in.LookUpCatalogQuery;
import dev.opsuite.inventory.transfers.application.port.out.NoteDocumentRenderer;
import dev.opsuite.inventory.transfers.application.port.out.NoteDocumentRenderer.Line;
import dev.opsuite.inventory.transfers.application.port.out.NoteDocumentRenderer.NotePrint;
import dev.opsuite.inventory.transfers.application.port.out.NoteDocumentRenderer.Party;
import dev.opsuite.inventory.transfers.application.port.out.NoteDocumentRenderer.Transport;
import dev.opsuite.inventory.transfers.domain.CostDetail;
import dev.opsuite.inventory.catalog.domain.Location;
import dev.opsuite.inventory.transfers.domain.NoteItem;
import dev.opsuite.inventory.catalog.domain.Product;
import dev.opsuite.inventory.transfers.domain.TransferDispatchNote;
import dev.opsuite.inventory.transfers.domain.TransportDetail;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class NotePrintService implements PrintTransferDispatchNoteQuery {

    private final FindTransferDispatchNotesQuery notes;
    private final LookUpCatalogQuery catalog;
    private final NoteDocumentRenderer renderer;
    private final Clock clock;

    public NotePrintService(FindTransferDispatchNotesQuery notes, LookUpCatalogQuery catalog,
            NoteDocumentRenderer renderer, Clock clock) {
        this.notes = notes;
        this.catalog = catalog;
        this.renderer = renderer;
        this.clock = clock;
    }

    @Override
    public Uni<String> html(String tenantId, UUID noteId) {
        return printable(tenantId, noteId).map(renderer::html);
    }

    @Override
    public Uni<byte[]> pdf(String tenantId, UUID noteId) {
        // Rendering a PDF is CPU work of tens of milliseconds: off the event loop.
        return printable(tenantId, noteId).emitOn(Infrastructure.getDefaultWorkerPool()).map(renderer::pdf);
    }

    /** Read before rendering starts (each query in a session of its own), so rendering never holds a connection. */
    private Uni<NotePrint> printable(String tenantId, UUID noteId) {
        return notes.note(tenantId, noteId).chain(view -> {
            TransferDispatchNote note = view.note();
            return catalog.locations(tenantId, List.of(note.originLocationId(), note.destinationLocationId()))
                    .chain(places -> catalog.products(tenantId, note.detail().stream().map(NoteItem::productId).toList())
                            .map(items -> print(view, places, items)));
        });
    }

    private NotePrint print(NoteView view, Map<UUID, Location> places, Map<UUID, Product> items) {
        TransferDispatchNote note = view.note();
        CostDetail cost = view.costDetail();
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < note.detail().size(); i++) {
            NoteItem item = note.detail().get(i);
            Product product = items.get(item.productId());
            CostDetail.Line priced = cost == null ? null : cost.items().get(i);
            lines.add(new Line(i + 1, product == null ? null : product.sku(), product == null ? item.productId().toString() : product.name(),
                    product == null ? null : product.unit(), item.quantity(),
                    priced == null ? null : priced.unitCost(), priced == null ? null : priced.totalCost()));
        }
        TransportDetail t = note.transportDetail();
        Transport transport = t == null ? null : new Transport(t.carrier(), t.vehicleId() == null ? null : t.vehicleId().toString(),
                t.tripTicketId() == null ? null : t.tripTicketId().toString(), t.driverName(), t.trackingNumber());
        return new NotePrint(note.documentNumber(), note.status().name(), note.dispatchDate(),
                party(places.get(note.originLocationId())), party(places.get(note.destinationLocationId())), lines,
                cost == null ? null : cost.total(), cost == null ? null : cost.currency(), view.costFrozen(), transport,
                note.createdBy(), note.createdAt(), clock.instant());
    }

    private static Party party(Location location) {
        return location == null ? null
                : new Party(location.name(), location.code(), location.type().name(), location.address());
    }
}
