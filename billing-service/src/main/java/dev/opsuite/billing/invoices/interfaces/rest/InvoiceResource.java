package dev.opsuite.billing.invoices.interfaces.rest;

import dev.opsuite.billing.invoices.application.port.in.CreateInvoiceUseCase;
import dev.opsuite.billing.invoices.application.port.in.CreateInvoiceUseCase.CreateInvoiceCommand;
import dev.opsuite.billing.invoices.application.port.in.FindInvoicesQuery;
import dev.opsuite.billing.invoices.application.port.in.IssueInvoiceUseCase;
import dev.opsuite.billing.invoices.application.port.in.IssueInvoiceUseCase.IssueInvoiceCommand;
import dev.opsuite.billing.invoices.application.port.in.PrintInvoiceQuery;
import dev.opsuite.billing.invoices.application.port.in.ProcessInvoiceUseCase;
import dev.opsuite.billing.invoices.application.port.in.ProcessInvoiceUseCase.ProcessInvoiceCommand;
import dev.opsuite.billing.invoices.application.port.in.VoidInvoiceUseCase;
import dev.opsuite.billing.invoices.application.port.in.VoidInvoiceUseCase.VoidInvoiceCommand;
import dev.opsuite.billing.invoices.domain.InvoiceStatus;
import dev.opsuite.billing.invoices.interfaces.rest.InvoiceDtos.CreateInvoiceRequest;
import dev.opsuite.billing.invoices.interfaces.rest.InvoiceDtos.InvoiceResponse;
import dev.opsuite.billing.invoices.interfaces.rest.InvoiceDtos.ProcessInvoiceRequest;
import dev.opsuite.billing.invoices.interfaces.rest.InvoiceDtos.VoidInvoiceRequest;
import dev.opsuite.billing.kernel.rest.Roles;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageParams;
import dev.opsuite.support.paging.PageRequest;
import dev.opsuite.support.rest.ETags;
import dev.opsuite.support.rest.QueryParams;
import dev.opsuite.support.tenancy.Caller;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/invoices")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Invoices")
public class InvoiceResource {

    private static final Map<String, String> SORTABLE = Map.of(
            "createdAt", "createdAt", "issuedAt", "issuedAt", "invoiceNumber", "invoiceNumber", "status", "status",
            "totalAmount", "totalAmount");

    private final CreateInvoiceUseCase create;
    private final IssueInvoiceUseCase issue;
    private final ProcessInvoiceUseCase process;
    private final VoidInvoiceUseCase voiding;
    private final FindInvoicesQuery find;
    private final PrintInvoiceQuery print;
    private final Caller caller;

    public InvoiceResource(CreateInvoiceUseCase create, IssueInvoiceUseCase issue, ProcessInvoiceUseCase process,
            VoidInvoiceUseCase voiding, FindInvoicesQuery find, PrintInvoiceQuery print, Caller caller) {
        this.create = create;
        this.issue = issue;
        this.process = process;
        this.voiding = voiding;
        this.find = find;
        this.print = print;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({ Roles.FINANCE, Roles.BILLING })
    @Operation(summary = "Draft an invoice for some lines of a confirmed sales order, or (no lines) all that is left to invoice")
    public Uni<Response> create(@Valid @NotNull CreateInvoiceRequest request, UriInfo uri) {
        return create.create(new CreateInvoiceCommand(caller.actor(), request.salesOrderId(), request.quantities()))
                .map(invoice -> ETags.created(uri, invoice.id(), InvoiceResponse.of(invoice), invoice.version()));
    }

    @POST
    @Path("/{id}/issue")
    @RolesAllowed({ Roles.FINANCE, Roles.BILLING })
    @Operation(summary = "Issue a draft invoice: Draft to Issued; publishes invoice-issued")
    public Uni<Response> issue(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        return issue.issue(new IssueInvoiceCommand(caller.actor(), id, ETags.parse(ifMatch)))
                .map(invoice -> ETags.ok(InvoiceResponse.of(invoice), invoice.version()));
    }

    @POST
    @Path("/{id}/process")
    @RolesAllowed(Roles.FINANCE)
    @Operation(summary = "Process an issued invoice (PAID or POSTED): Issued to Processed; publishes invoice-processed")
    public Uni<Response> process(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull ProcessInvoiceRequest request) {
        return process.process(new ProcessInvoiceCommand(caller.actor(), id, request.processing(), ETags.parse(ifMatch)))
                .map(invoice -> ETags.ok(InvoiceResponse.of(invoice), invoice.version()));
    }

    @POST
    @Path("/{id}/void")
    @RolesAllowed(Roles.FINANCE)
    @Operation(summary = "Void an invoice (Draft, Issued or Processed) with a reason; frees its quantities; publishes invoice-voided")
    public Uni<Response> voidInvoice(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull VoidInvoiceRequest request) {
        return voiding.voidInvoice(new VoidInvoiceCommand(caller.actor(), id, request.reason(), ETags.parse(ifMatch)))
                .map(invoice -> ETags.ok(InvoiceResponse.of(invoice), invoice.version()));
    }

    @GET
    @RolesAllowed({ Roles.FINANCE, Roles.BILLING, Roles.DISPATCHER, Roles.OPERATIONS_MANAGER })
    @Operation(summary = "List invoices (paginated, optionally of one sales order, status or dispatch)")
    public Uni<Page<InvoiceResponse>> list(@Valid @BeanParam PageParams paging,
            @QueryParam("salesOrderId") String salesOrderId, @QueryParam("status") String status,
            @QueryParam("dispatchId") String dispatchId) {
        return find.invoices(caller.tenantId(), QueryParams.uuid("salesOrderId", salesOrderId),
                        QueryParams.filter("status", status, InvoiceStatus.class), QueryParams.uuid("dispatchId", dispatchId),
                        PageRequest.of(paging, SORTABLE, "createdAt"))
                .map(page -> page.map(InvoiceResponse::of));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.FINANCE, Roles.BILLING, Roles.DISPATCHER, Roles.OPERATIONS_MANAGER })
    @Operation(summary = "Get an invoice")
    public Uni<Response> get(@PathParam("id") UUID id) {
        return find.invoice(caller.tenantId(), id)
                .map(invoice -> ETags.ok(InvoiceResponse.of(invoice), invoice.version()));
    }

    @GET
    @Path("/{id}/pdf")
    @Produces("application/pdf")
    @RolesAllowed({ Roles.FINANCE, Roles.BILLING, Roles.DISPATCHER, Roles.OPERATIONS_MANAGER })
    @Operation(summary = "Download the invoice as PDF (A4)")
    public Uni<Response> pdf(@PathParam("id") UUID id) {
        return print.pdf(caller.tenantId(), id).map(bytes -> Response.ok(bytes, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"invoice-" + id + ".pdf\"").build());
    }
}
