package dev.opsuite.events;

import java.util.List;
import java.util.Optional;

/** Every published event type and version of the suite. */
public final class EventCatalog {

    public static final EventContract<TransferDispatchNoteCreated> TRANSFER_DISPATCH_NOTE_CREATED =
            new EventContract<>("transfer-dispatch-note-created", 1, TransferDispatchNoteCreated.class,
                    Topics.TRANSFER_DISPATCH_NOTE);

    public static final EventContract<TransferDispatchNoteUpdated> TRANSFER_DISPATCH_NOTE_UPDATED =
            new EventContract<>("transfer-dispatch-note-updated", 1, TransferDispatchNoteUpdated.class,
                    Topics.TRANSFER_DISPATCH_NOTE);

    public static final EventContract<TransferDispatchNoteDispatched> TRANSFER_DISPATCH_NOTE_DISPATCHED =
            new EventContract<>("transfer-dispatch-note-dispatched", 1, TransferDispatchNoteDispatched.class,
                    Topics.TRANSFER_DISPATCH_NOTE);

    public static final EventContract<GoodsReceiptCreated> GOODS_RECEIPT_CREATED =
            new EventContract<>("goods-receipt-created", 1, GoodsReceiptCreated.class, Topics.TRANSFER_GOODS_RECEIPT);

    public static final EventContract<GoodsReceiptUpdated> GOODS_RECEIPT_UPDATED =
            new EventContract<>("goods-receipt-updated", 1, GoodsReceiptUpdated.class, Topics.TRANSFER_GOODS_RECEIPT);

    public static final EventContract<StockLevelChanged> STOCK_LEVEL_CHANGED =
            new EventContract<>("stock-level-changed", 1, StockLevelChanged.class, Topics.STOCK_LEVEL);

    public static final EventContract<GoodsReceiptApproved> GOODS_RECEIPT_APPROVED =
            new EventContract<>("goods-receipt-approved", 1, GoodsReceiptApproved.class,
                    Topics.TRANSFER_GOODS_RECEIPT);

    public static final EventContract<InvoiceIssued> INVOICE_ISSUED =
            new EventContract<>("invoice-issued", 1, InvoiceIssued.class, Topics.INVOICE);

    // fleet-service: vehicles and transport units
    public static final EventContract<VehicleStatusChanged> VEHICLE_STATUS_CHANGED =
            new EventContract<>("vehicle-status-changed", 1, VehicleStatusChanged.class, Topics.FLEET_VEHICLE);

    public static final EventContract<TransportUnitReadinessChanged> TRANSPORT_UNIT_READINESS_CHANGED =
            new EventContract<>("transport-unit-readiness-changed", 1, TransportUnitReadinessChanged.class,
                    Topics.FLEET_TRANSPORT_UNIT);

    // fleet-service: service management and vehicle costs (seed 004)
    public static final EventContract<ServiceRequestOpened> SERVICE_REQUEST_OPENED =
            new EventContract<>("service-request-opened", 1, ServiceRequestOpened.class, Topics.SERVICE_REQUEST);

    public static final EventContract<ServiceRequestStarted> SERVICE_REQUEST_STARTED =
            new EventContract<>("service-request-started", 1, ServiceRequestStarted.class, Topics.SERVICE_REQUEST);

    public static final EventContract<ServiceRequestCompleted> SERVICE_REQUEST_COMPLETED =
            new EventContract<>("service-request-completed", 1, ServiceRequestCompleted.class, Topics.SERVICE_REQUEST);

    public static final EventContract<ServiceRequestCancelled> SERVICE_REQUEST_CANCELLED =
            new EventContract<>("service-request-cancelled", 1, ServiceRequestCancelled.class, Topics.SERVICE_REQUEST);

    public static final EventContract<VehicleExpenseRecorded> VEHICLE_EXPENSE_RECORDED =
            new EventContract<>("vehicle-expense-recorded", 1, VehicleExpenseRecorded.class, Topics.VEHICLE_EXPENSE);

    // fleet-service: the driver ledger and order costs (seed 004, fines and accidents)
    public static final EventContract<DriverTransactionRecorded> DRIVER_TRANSACTION_RECORDED =
            new EventContract<>("driver-transaction-recorded", 1, DriverTransactionRecorded.class,
                    Topics.DRIVER_TRANSACTION);

    public static final EventContract<OrderCostRecorded> ORDER_COST_RECORDED =
            new EventContract<>("order-cost-recorded", 1, OrderCostRecorded.class, Topics.ORDER_COST);

    // fleet-service: accidents (seed 004)
    public static final EventContract<AccidentReported> ACCIDENT_REPORTED =
            new EventContract<>("accident-reported", 1, AccidentReported.class, Topics.ACCIDENT);

    public static final EventContract<InsuranceClaimChanged> INSURANCE_CLAIM_CHANGED =
            new EventContract<>("insurance-claim-changed", 1, InsuranceClaimChanged.class, Topics.ACCIDENT);

    public static final EventContract<AccidentCostsSettled> ACCIDENT_COSTS_SETTLED =
            new EventContract<>("accident-costs-settled", 1, AccidentCostsSettled.class, Topics.ACCIDENT);

    // fleet-service: trip tickets, the record of who drove what when
    public static final EventContract<TripTicketIssued> TRIP_TICKET_ISSUED =
            new EventContract<>("trip-ticket-issued", 1, TripTicketIssued.class, Topics.TRIP_TICKET);

    public static final EventContract<TripTicketClosed> TRIP_TICKET_CLOSED =
            new EventContract<>("trip-ticket-closed", 1, TripTicketClosed.class, Topics.TRIP_TICKET);

    public static final EventContract<TripTicketCancelled> TRIP_TICKET_CANCELLED =
            new EventContract<>("trip-ticket-cancelled", 1, TripTicketCancelled.class, Topics.TRIP_TICKET);

    // fleet-service: fines
    public static final EventContract<FineRecorded> FINE_RECORDED =
            new EventContract<>("fine-recorded", 1, FineRecorded.class, Topics.FINE);

    public static final EventContract<FineAttributed> FINE_ATTRIBUTED =
            new EventContract<>("fine-attributed", 1, FineAttributed.class, Topics.FINE);

    // dispatch-service (seed 000: dispatches, their invoices and the sales orders behind them)
    public static final EventContract<DispatchCreated> DISPATCH_CREATED =
            new EventContract<>("dispatch-created", 1, DispatchCreated.class, Topics.DISPATCH);

    public static final EventContract<DispatchUpdated> DISPATCH_UPDATED =
            new EventContract<>("dispatch-updated", 1, DispatchUpdated.class, Topics.DISPATCH);

    public static final EventContract<DispatchScheduled> DISPATCH_SCHEDULED =
            new EventContract<>("dispatch-scheduled", 1, DispatchScheduled.class, Topics.DISPATCH);

    public static final EventContract<DispatchDispatched> DISPATCH_DISPATCHED =
            new EventContract<>("dispatch-dispatched", 1, DispatchDispatched.class, Topics.DISPATCH);

    public static final EventContract<DispatchCompleted> DISPATCH_COMPLETED =
            new EventContract<>("dispatch-completed", 1, DispatchCompleted.class, Topics.DISPATCH);

    public static final EventContract<DispatchClosed> DISPATCH_CLOSED =
            new EventContract<>("dispatch-closed", 1, DispatchClosed.class, Topics.DISPATCH);

    public static final EventContract<DispatchCancelled> DISPATCH_CANCELLED =
            new EventContract<>("dispatch-cancelled", 1, DispatchCancelled.class, Topics.DISPATCH);

    public static final EventContract<DispatchDeleted> DISPATCH_DELETED =
            new EventContract<>("dispatch-deleted", 1, DispatchDeleted.class, Topics.DISPATCH);

    public static final EventContract<DispatchInvoiceAttached> DISPATCH_INVOICE_ATTACHED =
            new EventContract<>("dispatch-invoice-attached", 1, DispatchInvoiceAttached.class, Topics.DISPATCH);

    public static final EventContract<DispatchInvoiceDetached> DISPATCH_INVOICE_DETACHED =
            new EventContract<>("dispatch-invoice-detached", 1, DispatchInvoiceDetached.class, Topics.DISPATCH);

    public static final EventContract<InvoiceRequested> INVOICE_REQUESTED =
            new EventContract<>("invoice-requested", 1, InvoiceRequested.class, Topics.INVOICE_REQUEST);

    // billing-service: the invoice lifecycle, answers to dispatch's invoice requests, sales orders
    public static final EventContract<InvoiceDrafted> INVOICE_DRAFTED =
            new EventContract<>("invoice-drafted", 1, InvoiceDrafted.class, Topics.INVOICE);

    public static final EventContract<InvoiceProcessed> INVOICE_PROCESSED =
            new EventContract<>("invoice-processed", 1, InvoiceProcessed.class, Topics.INVOICE);

    public static final EventContract<InvoiceVoided> INVOICE_VOIDED =
            new EventContract<>("invoice-voided", 1, InvoiceVoided.class, Topics.INVOICE);

    public static final EventContract<InvoiceRequestRejected> INVOICE_REQUEST_REJECTED =
            new EventContract<>("invoice-request-rejected", 1, InvoiceRequestRejected.class, Topics.INVOICE_REQUEST_OUTCOME);

    public static final EventContract<SalesOrderConfirmed> SALES_ORDER_CONFIRMED =
            new EventContract<>("sales-order-confirmed", 1, SalesOrderConfirmed.class, Topics.SALES_ORDER);

    public static final EventContract<SalesOrderCancelled> SALES_ORDER_CANCELLED =
            new EventContract<>("sales-order-cancelled", 1, SalesOrderCancelled.class, Topics.SALES_ORDER);

    // field-service (seed 002)
    public static final EventContract<ServiceCallOpened> SERVICE_CALL_OPENED =
            new EventContract<>("service-call-opened", 1, ServiceCallOpened.class, Topics.FIELD_SERVICE_CALL);

    public static final EventContract<JobCreated> JOB_CREATED =
            new EventContract<>("job-created", 1, JobCreated.class, Topics.FIELD_JOB);

    public static final EventContract<JobScheduled> JOB_SCHEDULED =
            new EventContract<>("job-scheduled", 1, JobScheduled.class, Topics.FIELD_JOB);

    public static final EventContract<JobStarted> JOB_STARTED =
            new EventContract<>("job-started", 1, JobStarted.class, Topics.FIELD_JOB);

    public static final EventContract<JobBlocked> JOB_BLOCKED =
            new EventContract<>("job-blocked", 1, JobBlocked.class, Topics.FIELD_JOB);

    public static final EventContract<JobReleased> JOB_RELEASED =
            new EventContract<>("job-released", 1, JobReleased.class, Topics.FIELD_JOB);

    public static final EventContract<JobCompleted> JOB_COMPLETED =
            new EventContract<>("job-completed", 1, JobCompleted.class, Topics.FIELD_JOB);

    public static final EventContract<JobCancelled> JOB_CANCELLED =
            new EventContract<>("job-cancelled", 1, JobCancelled.class, Topics.FIELD_JOB);

    // field-service and inventory: parts on the truck (seed 002)
    public static final EventContract<PartReservationRequested> PART_RESERVATION_REQUESTED =
            new EventContract<>("part-reservation-requested", 1, PartReservationRequested.class,
                    Topics.PART_RESERVATION_REQUEST);

    public static final EventContract<PartsUsed> PARTS_USED =
            new EventContract<>("parts-used", 1, PartsUsed.class, Topics.PART_RESERVATION_REQUEST);

    public static final EventContract<PartReservationCancelled> PART_RESERVATION_CANCELLED =
            new EventContract<>("part-reservation-cancelled", 1, PartReservationCancelled.class,
                    Topics.PART_RESERVATION_REQUEST);

    public static final EventContract<PartReservationConfirmed> PART_RESERVATION_CONFIRMED =
            new EventContract<>("part-reservation-confirmed", 1, PartReservationConfirmed.class,
                    Topics.PART_RESERVATION_OUTCOME);

    public static final EventContract<PartReservationRejected> PART_RESERVATION_REJECTED =
            new EventContract<>("part-reservation-rejected", 1, PartReservationRejected.class,
                    Topics.PART_RESERVATION_OUTCOME);

    // billing-service: invoices of field jobs (seed 002)
    public static final EventContract<JobInvoiceFinalized> JOB_INVOICE_FINALIZED =
            new EventContract<>("job-invoice-finalized", 1, JobInvoiceFinalized.class, Topics.JOB_INVOICE);

    public static final EventContract<JobInvoiceRevised> JOB_INVOICE_REVISED =
            new EventContract<>("job-invoice-revised", 1, JobInvoiceRevised.class, Topics.JOB_INVOICE);

    public static final List<EventContract<?>> ALL = List.of(
            TRANSFER_DISPATCH_NOTE_CREATED, TRANSFER_DISPATCH_NOTE_UPDATED, TRANSFER_DISPATCH_NOTE_DISPATCHED,
            GOODS_RECEIPT_CREATED, GOODS_RECEIPT_UPDATED, GOODS_RECEIPT_APPROVED, STOCK_LEVEL_CHANGED, INVOICE_ISSUED,
            VEHICLE_STATUS_CHANGED, TRANSPORT_UNIT_READINESS_CHANGED, SERVICE_REQUEST_OPENED, SERVICE_REQUEST_STARTED,
            SERVICE_REQUEST_COMPLETED, SERVICE_REQUEST_CANCELLED, VEHICLE_EXPENSE_RECORDED,
            DRIVER_TRANSACTION_RECORDED, ORDER_COST_RECORDED, ACCIDENT_REPORTED, INSURANCE_CLAIM_CHANGED,
            ACCIDENT_COSTS_SETTLED, TRIP_TICKET_ISSUED, TRIP_TICKET_CLOSED, TRIP_TICKET_CANCELLED,
            FINE_RECORDED, FINE_ATTRIBUTED,
            DISPATCH_CREATED, DISPATCH_UPDATED, DISPATCH_SCHEDULED, DISPATCH_DISPATCHED, DISPATCH_COMPLETED, DISPATCH_CLOSED,
            DISPATCH_CANCELLED, DISPATCH_DELETED, DISPATCH_INVOICE_ATTACHED, DISPATCH_INVOICE_DETACHED, INVOICE_REQUESTED,
            INVOICE_DRAFTED, INVOICE_PROCESSED, INVOICE_VOIDED, INVOICE_REQUEST_REJECTED, SALES_ORDER_CONFIRMED, SALES_ORDER_CANCELLED,
            SERVICE_CALL_OPENED, JOB_CREATED, JOB_SCHEDULED, JOB_STARTED, JOB_BLOCKED, JOB_RELEASED, JOB_COMPLETED,
            JOB_CANCELLED,
            PART_RESERVATION_REQUESTED, PARTS_USED, PART_RESERVATION_CANCELLED, PART_RESERVATION_CONFIRMED,
            PART_RESERVATION_REJECTED,
            JOB_INVOICE_FINALIZED, JOB_INVOICE_REVISED);

    public static Optional<EventContract<?>> find(String type, int version) {
        return ALL.stream().filter(c -> c.type().equals(type) && c.version() == version).findFirst();
    }

    private EventCatalog() {
    }
}
