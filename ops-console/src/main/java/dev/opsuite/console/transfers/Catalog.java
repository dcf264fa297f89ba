package dev.opsuite.console.transfers;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import dev.opsuite.console.web.Problem;

/**
 * Names instead of UUIDs, and the receipts of a note, each read once per request from inventory-transfer-service:
 * the business's locations and products (one page of up to 200 each; a product beyond it is read by id), and the
 * goods receipts booked into a note's destination since it was created (the API has no list of a note's receipts,
 * but its ledger names each booked receipt).
 */
@RequestScoped
public class Catalog {

    public record Location(UUID id, String type, String name, String code) {

        /** Is this the location the form or filter names (its id as text)? */
        public boolean is(String value) {
            return id.toString().equals(value);
        }

        public String label() {
            return name + (code == null || code.isBlank() ? "" : " (" + code + ")");
        }
    }

    public record Product(UUID id, String sku, String name, String unit) {

        public boolean is(String value) {
            return id.toString().equals(value);
        }

        public String label() {
            return sku + " · " + name;
        }
    }

    public record Movement(UUID id, String referenceType, String referenceId, Instant occurredAt) {
    }

    static final int MAX = 200;
    static final String RECEIPT_REFERENCE = "transfer-goods-receipt";

    @Inject
    @RestClient
    InventoryTransferApi api;

    private List<Location> locations;
    private Map<UUID, Product> products;

    public List<Location> locations() {
        if (locations == null) {
            locations = api.locations(1, MAX, "name", "asc").items();
        }
        return locations;
    }

    public List<Product> products() {
        return List.copyOf(productMap().values());
    }

    /** A location's name and code, or its id when the business has more locations than one page holds. */
    public String location(UUID id) {
        if (id == null) {
            return "";
        }
        return locations().stream().filter(l -> l.id().equals(id)).map(Location::label).findFirst().orElse(id.toString());
    }

    /** The products named, by id: from the page already read, the others one by one. */
    public Map<UUID, Product> products(Collection<UUID> ids) {
        Map<UUID, Product> found = new LinkedHashMap<>();
        for (UUID id : new LinkedHashSet<>(ids)) {
            Product product = productMap().get(id);
            found.put(id, product != null ? product : api.product(id));
        }
        return found;
    }

    /**
     * The service's problem with the ids of the business's locations and of {@code products} written as their names
     * ("Only 10 of product BRK-B16 · Circuit breaker B16 is available at location Central warehouse Brno (WH-BRNO)").
     */
    public Problem named(Problem problem, Collection<UUID> products) {
        Map<String, String> names = new LinkedHashMap<>();
        locations().forEach(l -> names.put(l.id().toString(), l.label()));
        products(products).values().forEach(p -> names.put(p.id().toString(), p.label()));
        return new Problem(problem.status(), problem.code(), problem.title(), named(problem.detail(), names),
                problem.errors().stream().map(e -> new Problem.FieldError(e.field(), named(e.message(), names))).toList());
    }

    private static String named(String text, Map<String, String> names) {
        if (text == null) {
            return null;
        }
        String named = text;
        for (Map.Entry<String, String> name : names.entrySet()) {
            named = named.replace(name.getKey(), name.getValue());
        }
        return named;
    }

    /** The approved, booked receipts of the note, oldest first (found through the destination's ledger). */
    public List<Receipt> receipts(Note note) {
        if (note.draft() || note.createdAt() == null) {
            return List.of();
        }
        Set<String> ids = new LinkedHashSet<>();
        for (Movement m : api.movements(note.destinationLocationId(), RECEIPT_REFERENCE, note.createdAt().toString(), 1,
                MAX, "asc").items()) {
            ids.add(m.referenceId());
        }
        List<Receipt> receipts = new ArrayList<>();
        for (String id : ids) {
            Receipt receipt = api.receipt(UUID.fromString(id));
            if (note.id().equals(receipt.transferDispatchNoteId())) {
                receipts.add(receipt);
            }
        }
        return receipts;
    }

    private Map<UUID, Product> productMap() {
        if (products == null) {
            products = new LinkedHashMap<>();
            api.products(1, MAX, "sku", "asc").items().forEach(p -> products.put(p.id(), p));
        }
        return products;
    }
}
