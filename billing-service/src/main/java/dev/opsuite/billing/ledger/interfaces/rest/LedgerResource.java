package dev.opsuite.billing.ledger.interfaces.rest;

import dev.opsuite.billing.kernel.rest.Roles;
import dev.opsuite.billing.ledger.application.port.in.ExportLedgerUseCase;
import dev.opsuite.billing.ledger.application.port.in.FindLedgerExportsQuery;
import dev.opsuite.billing.ledger.application.port.in.LedgerSettingsUseCase;
import dev.opsuite.billing.ledger.interfaces.rest.LedgerDtos.ExportResponse;
import dev.opsuite.billing.ledger.interfaces.rest.LedgerDtos.SettingsBody;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageParams;
import dev.opsuite.support.paging.PageRequest;
import dev.opsuite.support.tenancy.Caller;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/ledger")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Ledger export")
public class LedgerResource {

    private final ExportLedgerUseCase export;
    private final FindLedgerExportsQuery find;
    private final LedgerSettingsUseCase settings;
    private final Caller caller;

    public LedgerResource(ExportLedgerUseCase export, FindLedgerExportsQuery find, LedgerSettingsUseCase settings,
            Caller caller) {
        this.export = export;
        this.find = find;
        this.settings = settings;
        this.caller = caller;
    }

    @GET
    @Path("/settings")
    @RolesAllowed(Roles.FINANCE)
    @Operation(summary = "The tenant's QuickBooks mapping (accounts, items, sales tax); the defaults until set")
    public Uni<SettingsBody> settings() {
        return settings.settings(caller.tenantId()).map(SettingsBody::of);
    }

    @PUT
    @Path("/settings")
    @RolesAllowed(Roles.FINANCE)
    @Operation(summary = "Set the tenant's QuickBooks mapping; later exports use it")
    public Uni<SettingsBody> changeSettings(@Valid @NotNull SettingsBody body) {
        return settings.change(caller.actor(), body.settings()).map(SettingsBody::of);
    }

    @POST
    @Path("/exports")
    @RolesAllowed(Roles.FINANCE)
    @Operation(summary = "Export every finalized invoice version not exported yet as a QuickBooks IIF file (201); nothing new: 204, nothing recorded")
    public Uni<Response> export(UriInfo uri) {
        return export.export(caller.actor()).map(batch -> batch.isEmpty() ? Response.noContent().build()
                : Response.created(uri.getAbsolutePathBuilder().path(batch.id().toString()).build())
                        .entity(ExportResponse.of(batch)).build());
    }

    @GET
    @Path("/exports")
    @RolesAllowed(Roles.FINANCE)
    @Operation(summary = "List the ledger exports, newest first (paginated)")
    public Uni<Page<ExportResponse>> list(@Valid @BeanParam PageParams paging) {
        return find.batches(caller.tenantId(), PageRequest.of(paging, Map.of("createdAt", "createdAt"), "createdAt"))
                .map(page -> page.map(ExportResponse::of));
    }

    @GET
    @Path("/exports/{id}")
    @RolesAllowed(Roles.FINANCE)
    @Operation(summary = "One ledger export: who ran it, when, and the invoice versions it held")
    public Uni<ExportResponse> get(@PathParam("id") UUID id) {
        return find.batch(caller.tenantId(), id).map(ExportResponse::of);
    }

    @GET
    @Path("/exports/{id}/file")
    @Produces(MediaType.TEXT_PLAIN)
    @RolesAllowed(Roles.FINANCE)
    @Operation(summary = "The export's IIF file, for QuickBooks Desktop (File > Utilities > Import > IIF Files)")
    public Uni<Response> file(@PathParam("id") UUID id) {
        return find.batch(caller.tenantId(), id).map(batch -> Response.ok(batch.file(), "text/plain; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"ledger-" + id + ".iif\"").build());
    }
}
