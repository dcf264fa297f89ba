package dev.opsuite.console.transfers;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import dev.opsuite.console.web.Page;
import dev.opsuite.console.web.Paging;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** Seed 001's note list: GET /transfers-dispatch-note with the user's token, paging state in the URL. */
@Path("/transfer-notes")
public class TransferNotesResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(Page<NoteRow> notes, Paging paging);
    }

    @Inject
    @RestClient
    InventoryTransferApi api;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance list(@QueryParam("page") @DefaultValue("1") int page,
            @QueryParam("size") @DefaultValue("20") int size,
            @QueryParam("orderBy") String orderBy,
            @QueryParam("order") @DefaultValue("desc") String order) {
        Paging paging = Paging.of("/transfer-notes", page, size, orderBy, order);
        return Templates.list(api.list(paging.page(), paging.size(), paging.orderBy(), paging.order()), paging);
    }
}
