package dev.opsuite.console.dispatches;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import dev.opsuite.console.dispatches.DispatchViews.FleetUnit;
import dev.opsuite.console.dispatches.DispatchViews.InvoiceOption;
import dev.opsuite.console.dispatches.DispatchViews.Option;
import dev.opsuite.console.dispatches.DispatchViews.SalesOrder;
import dev.opsuite.console.dispatches.DispatchViews.TicketOption;

/**
 * The names the dispatch screens show instead of ids, and the choices of their forms: units by truck, trailer and
 * driver (fleet), trip tickets by number (dispatch's copy), customers of the issued invoices (dispatch's copy), the
 * confirmed sales orders (billing). A role that may not read one of them (fleet answers a billing clerk 403) gets
 * the ids instead: names are a help, never a reason for the page to fail. Per request, each read once.
 */
@RequestScoped
public class DispatchDirectory {

    static final int MAX = 200;

    @Inject
    @RestClient
    DispatchApi dispatch;

    @Inject
    @RestClient
    FleetUnitsApi fleet;

    @Inject
    @RestClient
    BillingOrdersApi billing;

    private List<FleetUnit> units;
    private List<TicketOption> tickets;

    /** Every active unit by id: "1AB 2345 + TR 77 · Jan Dvořák" as fleet names it. */
    public Map<UUID, String> unitLabels() {
        Map<UUID, String> labels = new LinkedHashMap<>();
        fleetUnits().forEach(u -> labels.put(u.id(), u.label()));
        return labels;
    }

    /** The unit's name, else {@code fallback} (e.g. the registration on the dispatch's own trip ticket), else its short id. */
    public String unitLabel(UUID unit, String fallback) {
        String label = unitLabels().get(unit);
        return label != null ? label : fallback != null ? fallback : Lifecycle.shortId(unit);
    }

    /** The units ready for an order: fleet's (named), else dispatch's copy (by id). */
    public List<Option> readyUnits() {
        List<Option> named = fleetUnits().stream().filter(FleetUnit::readyForOrder)
                .map(u -> new Option(u.id().toString(), u.label())).toList();
        if (!named.isEmpty()) {
            return named;
        }
        return orEmpty(() -> dispatch.readyUnits(true, MAX).items()).stream()
                .map(u -> new Option(u.id().toString(), Lifecycle.shortId(u.id()))).toList();
    }

    /** Open trip tickets, earliest first: "TT-2026-000012 · 1AB 2345 · 2026-12-07 08:00–14:00". */
    public List<Option> openTickets() {
        return tickets().stream().filter(t -> "OPEN".equals(t.status()))
                .map(t -> new Option(t.id().toString(), t.number() + " · " + nullToEmpty(t.registrationNumber()) + " · "
                        + DispatchForms.window(t.plannedFrom(), t.plannedTo())))
                .toList();
    }

    /** The truck each trip ticket names: a unit's name where fleet does not answer this role (operations manager). */
    public Map<UUID, String> ticketTrucks() {
        Map<UUID, String> trucks = new LinkedHashMap<>();
        tickets().stream().filter(t -> t.registrationNumber() != null).forEach(t -> trucks.put(t.id(), t.registrationNumber()));
        return trucks;
    }

    public Map<UUID, String> ticketNumbers() {
        Map<UUID, String> numbers = new LinkedHashMap<>();
        tickets().forEach(t -> numbers.put(t.id(), t.number()));
        return numbers;
    }

    /** The customers of the issued invoices dispatch knows (the table's "Customer (via invoice)" filter). */
    public List<Option> customers() {
        Map<String, String> byId = new LinkedHashMap<>();
        issuedInvoices().forEach(i -> byId.putIfAbsent(i.customerId().toString(), i.customerName()));
        return byId.entrySet().stream().map(e -> new Option(e.getKey(), e.getValue()))
                .sorted(Comparator.comparing(Option::label, Comparator.nullsLast(String::compareTo))).toList();
    }

    /** Issued invoices (not processed, not void): the ones a dispatch can take. */
    public List<InvoiceOption> issuedInvoices() {
        return orEmpty(() -> dispatch.invoices(MAX, "issuedAt", "desc").items()).stream()
                .filter(i -> "ISSUED".equals(i.status())).toList();
    }

    /** The confirmed sales orders, for "create new" invoice. */
    public List<SalesOrder> confirmedOrders() {
        return orEmpty(() -> billing.orders("CONFIRMED", MAX, "createdAt", "desc").items());
    }

    private List<FleetUnit> fleetUnits() {
        if (units == null) {
            units = orEmpty(() -> fleet.units(null, MAX).items());
        }
        return units;
    }

    private List<TicketOption> tickets() {
        if (tickets == null) {
            tickets = orEmpty(() -> dispatch.tripTickets(null, MAX, "plannedFrom", "asc").items());
        }
        return tickets;
    }

    private static <T> List<T> orEmpty(Supplier<List<T>> read) {
        try {
            return read.get();
        } catch (WebApplicationException | ProcessingException unavailable) {
            return List.of();
        }
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
