package dev.opsuite.inventory.testing;

import dev.opsuite.testing.fakes.CountingDocumentNumbers;
import dev.opsuite.testing.fakes.RecordingEventPublisher;
import dev.opsuite.testing.fakes.ControlledClock;
import dev.opsuite.inventory.catalog.application.port.in.ManageLocationsUseCase;
import dev.opsuite.inventory.catalog.application.port.in.ManageProductsUseCase;
import dev.opsuite.inventory.catalog.application.service.CatalogLookup;
import dev.opsuite.inventory.catalog.application.service.LocationService;
import dev.opsuite.inventory.catalog.application.service.ProductService;
import dev.opsuite.inventory.catalog.domain.Location;
import dev.opsuite.inventory.catalog.domain.LocationType;
import dev.opsuite.inventory.catalog.domain.Product;
import dev.opsuite.support.domain.Envelope;
import dev.opsuite.inventory.kernel.StockKey;
import dev.opsuite.inventory.stock.application.service.PartRequestService;
import dev.opsuite.inventory.stock.application.service.StockKeeping;
import dev.opsuite.inventory.stock.application.service.StockService;
import dev.opsuite.inventory.transfers.application.service.GoodsReceiptService;
import dev.opsuite.inventory.transfers.application.service.TransferDispatchNoteService;
import dev.opsuite.support.tenancy.Actor;
import java.time.Instant;
import java.util.UUID;

/**
 * The inventory service's use cases wired to the one set of in-memory out-ports, a recording EventPublisher and a
 * controlled clock: what a fast test drives instead of Quarkus, PostgreSQL and Kafka. Each use case is there as the
 * port.in interface a REST resource or consumer calls.
 */
public final class Inventory {

    public static final String TENANT = "acme";
    public static final Actor MANAGER = new Actor(TENANT, "manager");
    public static final Actor CLERK = new Actor(TENANT, "clerk");

    public final ControlledClock clock;
    public final RecordingEventPublisher events = new RecordingEventPublisher();
    public final InMemoryLocations locations = new InMemoryLocations();
    public final InMemoryProducts products = new InMemoryProducts();
    public final InMemoryStock stock;
    public final InMemoryReservations reservations = new InMemoryReservations();
    public final InMemoryNotes notes = new InMemoryNotes();
    public final InMemoryReceipts receipts = new InMemoryReceipts();
    public final InMemoryDiscrepancies discrepancies = new InMemoryDiscrepancies();
    public final CountingDocumentNumbers documentNumbers = new CountingDocumentNumbers();
    public final InMemoryPartUsages partUsages = new InMemoryPartUsages();

    public final CatalogLookup catalog;
    public final ManageLocationsUseCase manageLocations;
    public final ManageProductsUseCase manageProducts;
    public final StockKeeping stockKeeping;
    public final StockService stockService;
    public final PartRequestService partRequests;
    public final TransferDispatchNoteService noteService;
    public final GoodsReceiptService receiptService;

    public Inventory(Instant now) {
        clock = new ControlledClock(now);
        stock = new InMemoryStock(clock);
        catalog = new CatalogLookup(locations, products);
        manageLocations = new LocationService(locations, clock);
        manageProducts = new ProductService(products, clock);
        stockKeeping = new StockKeeping(stock, catalog, events, "EUR");
        stockService = new StockService(stockKeeping, stock, reservations, catalog, clock);
        partRequests = new PartRequestService(stockService, reservations, stockKeeping, catalog, partUsages, events, clock);
        noteService = new TransferDispatchNoteService(notes, receipts, discrepancies, stockKeeping, catalog, documentNumbers,
                events, clock);
        receiptService = new GoodsReceiptService(notes, receipts, stockKeeping, events, clock);
    }

    public Inventory() {
        this(Instant.parse("2026-11-20T08:00:00Z"));
    }

    /** A location in use, straight into the store (what the catalog's own tests cover is not repeated). */
    public UUID location(LocationType type, String name) {
        UUID id = UUID.randomUUID();
        locations.add(new Location(Envelope.created(id, TENANT, "manager", clock.instant()), type, name, null, null,
                type == LocationType.TRUCK ? UUID.randomUUID() : null, true)).await().indefinitely();
        return id;
    }

    public UUID warehouse(String name) {
        return location(LocationType.WAREHOUSE, name);
    }

    /** A product in use, straight into the store. */
    public UUID product(String sku) {
        UUID id = UUID.randomUUID();
        products.add(new Product(Envelope.created(id, TENANT, "manager", clock.instant()), sku, sku, "pcs", true))
                .await().indefinitely();
        return id;
    }

    /** {@code onHand} of {@code product} at {@code location}, valued at {@code unitCost}. */
    public void stockOf(UUID location, UUID product, String onHand, String unitCost) {
        stock.put(TENANT, new StockKey(location, product), onHand, unitCost);
    }
}
