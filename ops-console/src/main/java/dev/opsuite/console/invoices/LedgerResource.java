package dev.opsuite.console.invoices;

import java.net.URI;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import dev.opsuite.console.web.Documents;
import dev.opsuite.console.web.Page;
import dev.opsuite.console.web.Paging;
import dev.opsuite.console.web.Problem;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * Finance's QuickBooks export (seed 002): run an export of every finalized invoice version not exported yet (a second
 * run has nothing to export: the service answers 204), download a batch's IIF file, and the past batches.
 * billing-service's /ledger/exports.
 */
@Path("/ledger")
@Produces(MediaType.TEXT_HTML)
public class LedgerResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance exports(Page<ExportBatch> exports, Paging paging, ExportBatch exported,
                boolean nothing, Problem problem);

        static native TemplateInstance batch(ExportBatch batch);
    }

    @Inject
    @RestClient
    BillingApi api;

    @GET
    public TemplateInstance exports(@QueryParam("page") @DefaultValue("1") int page,
            @QueryParam("size") @DefaultValue("20") int size, @QueryParam("exported") UUID exported,
            @QueryParam("nothing") boolean nothing) {
        return page(page, size, exported == null ? null : api.exportBatch(exported), nothing, null);
    }

    @POST
    @Path("/exports")
    public Response export() {
        try (Response answer = api.export()) {
            if (answer.getStatus() == 204) {
                return Response.seeOther(URI.create("/ledger?nothing=true")).build();
            }
            ExportBatch batch = answer.readEntity(ExportBatch.class);
            return Response.seeOther(URI.create("/ledger?exported=" + batch.id())).build();
        } catch (WebApplicationException e) {
            Problem p = Problem.of("billing-service", e);
            if (!p.mendable()) {
                throw e;
            }
            return Response.status(p.status()).entity(page(1, 20, null, false, p)).build();
        }
    }

    @GET
    @Path("/{id}")
    public TemplateInstance batch(@PathParam("id") UUID id) {
        return Templates.batch(api.exportBatch(id));
    }

    @GET
    @Path("/{id}/file")
    @Produces("text/plain")
    public Response file(@PathParam("id") UUID id) {
        return Documents.download(api.iif(id), "text/plain", "ledger-" + id + ".iif");
    }

    private TemplateInstance page(int page, int size, ExportBatch exported, boolean nothing, Problem problem) {
        Paging paging = Paging.of("/ledger", page, size, null, "desc");
        return Templates.exports(api.exports(paging.page(), paging.size()), paging, exported, nothing, problem);
    }
}
