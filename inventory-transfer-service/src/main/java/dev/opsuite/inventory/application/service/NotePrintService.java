package dev.opsuite.inventory.application.service;

import dev.opsuite.inventory.application.port.in.FindTransferDispatchNotesQuery;
import dev.opsuite.inventory.application.port.in.FindTransferDispatchNotesQuery.NoteView;
import dev.opsuite.inventory.application.port.in.PrintTransferDispatchNoteQuery;
import dev.opsuite.inventory.application.port.out.LocationStore;
import dev.opsuite.inventory.application.port.out.NoteDocumentRenderer;
import dev.opsuite.inventory.application.port.out.NoteDocumentRenderer.Line;
import dev.opsuite.inventory.application.port.out.NoteDocumentRenderer.NotePrint;
import dev.opsuite.inventory.application.port.out.NoteDocumentRenderer.Party;
import dev.opsuite.inventory.application.port.out.NoteDocumentRenderer.Transport;
import dev.opsuite.inventory.application.port.out.ProductStore;
import dev.opsuite.inventory.domain.CostDetail;
import dev.opsuite.inventory.domain.Location;
import dev.opsuite.inventory.domain.NoteItem;
import dev.opsuite.inventory.domain.Product;
import dev.opsuite.inventory.domain.TransferDispatchNote;
import dev.opsuite.inventory.domain.TransportDetail;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
class NotePrintService implements PrintTransferDispatchNoteQuery {

    private final FindTransferDispatchNotesQuery notes;
    private final LocationStore locations;
    private final ProductStore products;
    private final NoteDocumentRenderer renderer;
    private final Clock clock;

    NotePrintService(FindTransferDispatchNotesQuery notes, LocationStore locations, ProductStore products,
            NoteDocumentRenderer renderer, Clock clock) {
        this.notes = notes;
        this.locations = locations;
        this.products = products;
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

    /** Read in one session that ends before rendering starts, so rendering never holds a connection. */
    private Uni<NotePrint> printable(String tenantId, UUID noteId) {
        return Panache.withSession(() -> notes.note(tenantId, noteId).chain(view -> {
            TransferDispatchNote note = view.note();
            return locations.findAll(tenantId, List.of(note.originLocationId(), note.destinationLocationId()))
                    .chain(places -> products.findAll(tenantId, note.detail().stream().map(NoteItem::productId).toList())
                            .map(items -> print(view, places, items)));
        }));
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
