package dev.opsuite.billing.invoices.domain;

import dev.opsuite.support.domain.Result;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * An invoice for a sales order (seed 000: an invoice must belong to a valid sales order). In this
 * slice it invoices the whole order: its total is the order total, in the order's currency.
 */
public final class Invoice {

    private final UUID id;
    private final String tenantId;
    private final String invoiceNumber;
    private final UUID salesOrderId;
    private final String salesOrderNumber;
    private final UUID customerId;
    private final String customerName;
    private final BigDecimal totalAmount;
    private final String currency;
    private InvoiceStatus status;
    private Instant issuedAt;
    private String issuedBy;
    private final String createdBy;
    private final Instant createdAt;
    private final long version;

    @SuppressWarnings("java:S107")
    public Invoice(UUID id, String tenantId, String invoiceNumber, UUID salesOrderId, String salesOrderNumber,
            UUID customerId, String customerName, BigDecimal totalAmount, String currency, InvoiceStatus status,
            Instant issuedAt, String issuedBy, String createdBy, Instant createdAt, long version) {
        this.id = id;
        this.tenantId = tenantId;
        this.invoiceNumber = invoiceNumber;
        this.salesOrderId = salesOrderId;
        this.salesOrderNumber = salesOrderNumber;
        this.customerId = customerId;
        this.customerName = customerName;
        this.totalAmount = totalAmount;
        this.currency = currency;
        this.status = status;
        this.issuedAt = issuedAt;
        this.issuedBy = issuedBy;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.version = version;
    }

    /** A draft invoice for the whole of {@code order}; the order must be of the same tenant. */
    public static Result<Invoice> draftFor(UUID id, String invoiceNumber, InvoicedOrder order, String tenantId, String by,
            Instant now) {
        if (!order.tenantId().equals(tenantId)) {
            return Result.invalid("sales-order-not-found", "salesOrderId", "No sales order " + order.id() + ".");
        }
        return Result.accepted(new Invoice(id, tenantId, invoiceNumber, order.id(), order.orderNumber(), order.customerId(),
                order.customerName(), order.total(), order.currency(), InvoiceStatus.DRAFT, null, null, by, now, 0));
    }

    /** Draft to issued, once; the rest of the suite hears of it ({@link InvoiceIssued}). */
    public Result<Invoice> issue(String by, Instant now) {
        if (status != InvoiceStatus.DRAFT) {
            return Result.wrongState("invoice-not-draft", "Invoice " + invoiceNumber + " is already " + status + ".");
        }
        status = InvoiceStatus.ISSUED;
        issuedAt = now;
        issuedBy = by;
        return Result.accepted(this, new InvoiceIssued(tenantId, id, invoiceNumber,
                new InvoicedOrder(salesOrderId, tenantId, salesOrderNumber, customerId, customerName, totalAmount, currency),
                now));
    }

    public UUID id() { return id; }
    public String tenantId() { return tenantId; }
    public String invoiceNumber() { return invoiceNumber; }
    public UUID salesOrderId() { return salesOrderId; }
    public String salesOrderNumber() { return salesOrderNumber; }
    public UUID customerId() { return customerId; }
    public String customerName() { return customerName; }
    public BigDecimal totalAmount() { return totalAmount; }
    public String currency() { return currency; }
    public InvoiceStatus status() { return status; }
    public Instant issuedAt() { return issuedAt; }
    public String issuedBy() { return issuedBy; }
    public String createdBy() { return createdBy; }
    public Instant createdAt() { return createdAt; }
    public long version() { return version; }
}
