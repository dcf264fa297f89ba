package dev.opsuite.events;

import java.util.List;

/**
 * The topic catalog: one topic per aggregate type, named {@code <owning context>.<aggregate>},
 * keyed by aggregate id so that events of one aggregate stay in order. Mirrors
 * {@code asyncapi.yaml}; a test keeps the two in step.
 */
public final class Topics {

    public static final String TRANSFER_DISPATCH_NOTE = "inventory.transfer-dispatch-note";
    public static final String TRANSFER_GOODS_RECEIPT = "inventory.transfer-goods-receipt";
    public static final String STOCK_LEVEL = "inventory.stock-level";
    public static final String INVOICE = "billing.invoice";
    // fleet-service
    public static final String FLEET_VEHICLE = "fleet.vehicle";
    public static final String FLEET_TRANSPORT_UNIT = "fleet.transport-unit";
    public static final String SERVICE_REQUEST = "fleet.service-request";
    public static final String VEHICLE_EXPENSE = "fleet.vehicle-expense";
    /** Keyed by driver id (not by transaction): payroll reads one driver's entries in order. */
    public static final String DRIVER_TRANSACTION = "fleet.driver-transaction";
    /** Keyed by order reference: one order's costs stay in order for dispatch and billing. */
    public static final String ORDER_COST = "fleet.order-cost";
    public static final String ACCIDENT = "fleet.accident";
    public static final String TRIP_TICKET = "fleet.trip-ticket";
    public static final String FINE = "fleet.fine";
    // dispatch-service
    public static final String DISPATCH = "dispatch.dispatch";
    /** Keyed by request id: dispatch asks billing for a new invoice ("create new", seed 000). */
    public static final String INVOICE_REQUEST = "dispatch.invoice-request";
    // billing-service
    /** Keyed by request id: billing's refusals of dispatch's invoice requests (an accepted one is an invoice-issued). */
    public static final String INVOICE_REQUEST_OUTCOME = "billing.invoice-request";
    public static final String SALES_ORDER = "billing.sales-order";
    /** Keyed by invoice id: the invoices finance finalized (and revised) from field jobs (seed 002). */
    public static final String JOB_INVOICE = "billing.job-invoice";
    // field-service
    /** Keyed by service call id. */
    public static final String FIELD_SERVICE_CALL = "field.service-call";
    /** Keyed by job id: one job's lifecycle stays in order. */
    public static final String FIELD_JOB = "field.job";
    // field-service and inventory: parts on the truck (seed 002)
    /**
     * Keyed by field's reservation id (parts used without one: by usage id): requests, cancellations and uses of parts.
     */
    public static final String PART_RESERVATION_REQUEST = "field.part-reservation";
    /** Keyed by field's reservation id: inventory's answers to field's part reservation requests. */
    public static final String PART_RESERVATION_OUTCOME = "inventory.part-reservation";

    /** A topic, the service that produces it and the services that consume it. */
    public record Entry(String topic, String producer, List<String> consumers) {
    }

    public static final List<Entry> CATALOG = List.of(
            new Entry(TRANSFER_DISPATCH_NOTE, "inventory-transfer-service", List.of()),
            new Entry(TRANSFER_GOODS_RECEIPT, "inventory-transfer-service", List.of("inventory-transfer-service")),
            new Entry(STOCK_LEVEL, "inventory-transfer-service", List.of("field-service")),
            new Entry(PART_RESERVATION_OUTCOME, "inventory-transfer-service", List.of("field-service")),
            new Entry(INVOICE, "billing-service", List.of("dispatch-service")),
            new Entry(INVOICE_REQUEST_OUTCOME, "billing-service", List.of("dispatch-service")),
            new Entry(SALES_ORDER, "billing-service", List.of()),
            new Entry(JOB_INVOICE, "billing-service", List.of("field-service")),
            new Entry(FIELD_SERVICE_CALL, "field-service", List.of()),
            new Entry(FIELD_JOB, "field-service", List.of("field-service", "billing-service")),
            // fleet-service
            new Entry(FLEET_VEHICLE, "fleet-service", List.of()),
            new Entry(FLEET_TRANSPORT_UNIT, "fleet-service", List.of("dispatch-service")),
            new Entry(SERVICE_REQUEST, "fleet-service", List.of()),
            new Entry(VEHICLE_EXPENSE, "fleet-service", List.of()),
            new Entry(DRIVER_TRANSACTION, "fleet-service", List.of()),
            new Entry(ORDER_COST, "fleet-service", List.of("billing-service")),
            new Entry(ACCIDENT, "fleet-service", List.of()),
            new Entry(TRIP_TICKET, "fleet-service", List.of("dispatch-service")),
            new Entry(FINE, "fleet-service", List.of()),
            // dispatch-service
            new Entry(DISPATCH, "dispatch-service", List.of("fleet-service", "billing-service")),
            new Entry(INVOICE_REQUEST, "dispatch-service", List.of("billing-service")),
            // field-service
            new Entry(PART_RESERVATION_REQUEST, "field-service", List.of("inventory-transfer-service")));

    /** Dead-letter topic of one consumer of {@code topic}. */
    public static String deadLetter(String topic, String consumer) {
        return topic + ".dlq." + consumer;
    }

    private Topics() {
    }
}
