package dev.opsuite.dispatch.invoices.interfaces.rest;

import dev.opsuite.dispatch.kernel.rest.Roles;

import dev.opsuite.dispatch.invoices.application.port.in.FindInvoicesQuery;
import dev.opsuite.dispatch.invoices.domain.IssuedInvoice;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageParams;
import dev.opsuite.support.paging.PageRequest;
import dev.opsuite.support.tenancy.Caller;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Issued invoices as dispatch knows them (from invoice-issued events); read-only. */
@Path("/invoices")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Invoices (projection)")
public class InvoiceResource {

    private static final Map<String, String> SORTABLE = Map.of(
            "issuedAt", "issuedAt", "invoiceNumber", "invoiceNumber", "customerName", "customerName",
            "totalAmount", "totalAmount");

    private final FindInvoicesQuery find;
    private final Caller caller;

    public InvoiceResource(FindInvoicesQuery find, Caller caller) {
        this.find = find;
        this.caller = caller;
    }

    record MoneyResponse(BigDecimal amount, String currency) {
    }

    record InvoiceResponse(UUID id, String invoiceNumber, UUID salesOrderId, String salesOrderNumber, UUID customerId,
            String customerName, MoneyResponse total, Instant issuedAt, String status, UUID requestId) {

        static InvoiceResponse of(IssuedInvoice i) {
            return new InvoiceResponse(i.invoiceId(), i.invoiceNumber(), i.salesOrderId(), i.salesOrderNumber(),
                    i.customerId(), i.customerName(), new MoneyResponse(i.total().amount(), i.total().currency()), i.issuedAt(),
                    i.status().name(), i.requestId());
        }
    }

    @GET
    @RolesAllowed({ Roles.DISPATCHER, Roles.OPERATIONS_MANAGER, Roles.BILLING })
    @Operation(summary = "List issued invoices (paginated, optionally of one customer)")
    public Uni<Page<InvoiceResponse>> list(@Valid @BeanParam PageParams paging, @QueryParam("customerId") UUID customerId) {
        return find.invoices(caller.tenantId(), customerId, PageRequest.of(paging, SORTABLE, "issuedAt"))
                .map(page -> page.map(InvoiceResponse::of));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.DISPATCHER, Roles.OPERATIONS_MANAGER, Roles.BILLING })
    @Operation(summary = "Get an issued invoice")
    public Uni<InvoiceResponse> get(@PathParam("id") UUID id) {
        return find.invoice(caller.tenantId(), id).map(InvoiceResponse::of);
    }
}
