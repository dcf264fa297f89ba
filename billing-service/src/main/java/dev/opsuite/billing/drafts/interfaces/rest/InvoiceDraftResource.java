package dev.opsuite.billing.drafts.interfaces.rest;

import dev.opsuite.billing.drafts.application.port.in.EditInvoiceDraftUseCase;
import dev.opsuite.billing.drafts.application.port.in.EditInvoiceDraftUseCase.EditDraftCommand;
import dev.opsuite.billing.drafts.application.port.in.FindInvoiceDraftsQuery;
import dev.opsuite.billing.drafts.application.port.in.FindInvoiceDraftsQuery.DraftFilter;
import dev.opsuite.billing.drafts.application.port.in.PrintInvoiceDraftQuery;
import dev.opsuite.billing.drafts.application.port.in.ReviewInvoiceDraftUseCase;
import dev.opsuite.billing.drafts.application.port.in.ReviewInvoiceDraftUseCase.ReviewCommand;
import dev.opsuite.billing.drafts.domain.DraftStatus;
import dev.opsuite.billing.drafts.interfaces.rest.InvoiceDraftDtos.EditDraftRequest;
import dev.opsuite.billing.drafts.interfaces.rest.InvoiceDraftDtos.InvoiceDraftResponse;
import dev.opsuite.billing.kernel.rest.Roles;
import dev.opsuite.support.application.Rejection;
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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/invoice-drafts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Invoice drafts")
public class InvoiceDraftResource {

    private static final Map<String, String> SORTABLE = Map.of("createdAt", "createdAt", "completedAt", "completedAt",
            "finalizedAt", "finalizedAt", "invoiceNumber", "invoiceNumber", "status", "status", "total", "total");

    private final EditInvoiceDraftUseCase edit;
    private final ReviewInvoiceDraftUseCase review;
    private final FindInvoiceDraftsQuery find;
    private final PrintInvoiceDraftQuery print;
    private final Caller caller;

    public InvoiceDraftResource(EditInvoiceDraftUseCase edit, ReviewInvoiceDraftUseCase review,
            FindInvoiceDraftsQuery find, PrintInvoiceDraftQuery print, Caller caller) {
        this.edit = edit;
        this.review = review;
        this.find = find;
        this.print = print;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({ Roles.FINANCE, Roles.OWNER })
    @Operation(summary = "List invoice drafts and the invoices finalized from them (paginated; filters status, jobId, customerId, needsPricing)")
    public Uni<Page<InvoiceDraftResponse>> list(@Valid @BeanParam PageParams paging, @QueryParam("status") String status,
            @QueryParam("jobId") String jobId, @QueryParam("customerId") String customerId,
            @QueryParam("needsPricing") String needsPricing) {
        return find.drafts(caller.tenantId(), new DraftFilter(QueryParams.filter("status", status, DraftStatus.class),
                        QueryParams.uuid("jobId", jobId), QueryParams.uuid("customerId", customerId),
                        QueryParams.flag("needsPricing", needsPricing)), PageRequest.of(paging, SORTABLE, "createdAt"))
                .map(page -> page.map(InvoiceDraftResponse::of));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.FINANCE, Roles.OWNER })
    @Operation(summary = "Get an invoice draft, its lines, totals, review and every edit")
    public Uni<Response> get(@PathParam("id") UUID id) {
        return find.draft(caller.tenantId(), id).map(d -> ETags.ok(InvoiceDraftResponse.of(d), d.version()));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.FINANCE)
    @Operation(summary = "Edit a draft's lines and tax rate with a reason (the editor becomes its preparer), or correct a finalized invoice (next version; publishes job-invoice-revised)")
    public Uni<Response> edit(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull EditDraftRequest request) {
        return edit.edit(new EditDraftCommand(caller.actor(), id, request.draftLines(), request.taxRate(),
                        request.reason(), ETags.parse(ifMatch)))
                .map(d -> ETags.ok(InvoiceDraftResponse.of(d), d.version()));
    }

    @POST
    @Path("/{id}/prepare")
    @RolesAllowed(Roles.FINANCE)
    @Operation(summary = "Mark a draft reviewed: the caller is its preparer")
    public Uni<Response> prepare(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        return review.prepare(new ReviewCommand(caller.actor(), id, ETags.parse(ifMatch)))
                .map(d -> ETags.ok(InvoiceDraftResponse.of(d), d.version()));
    }

    @POST
    @Path("/{id}/finalize")
    @RolesAllowed(Roles.FINANCE)
    @Operation(summary = "Finalize a prepared draft (not by its preparer): number SVC-<year>-<000001>, version 1; publishes job-invoice-finalized")
    public Uni<Response> finalizeDraft(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        return review.finalizeDraft(new ReviewCommand(caller.actor(), id, ETags.parse(ifMatch)))
                .map(d -> ETags.ok(InvoiceDraftResponse.of(d), d.version()));
    }

    @GET
    @Path("/{id}/pdf")
    @Produces("application/pdf")
    @RolesAllowed({ Roles.FINANCE, Roles.OWNER })
    @Operation(summary = "Download the invoice draft (or the finalized invoice) as PDF (A4)")
    public Uni<Response> pdf(@PathParam("id") UUID id) {
        return print.pdf(caller.tenantId(), id).map(bytes -> Response.ok(bytes, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"invoice-draft-" + id + ".pdf\"").build());
    }

}
