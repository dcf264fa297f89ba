package dev.opsuite.console.transfers;

import java.net.URI;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import dev.opsuite.console.web.Page;
import dev.opsuite.console.web.Paging;
import dev.opsuite.console.web.Problem;
import dev.opsuite.console.web.Session;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** Seed 001's note list: GET /transfers-dispatch-note with the user's token, paging state in the URL. */
@Path("/transfer-notes")
public class TransferNotesResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(Session session, Page<NoteRow> notes, Paging paging, Problem problem);
    }

    @Inject
    @RestClient
    InventoryTransferApi api;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response list(@CookieParam(Session.COOKIE) String token,
            @QueryParam("page") @DefaultValue("1") int page,
            @QueryParam("size") @DefaultValue("20") int size,
            @QueryParam("orderBy") String orderBy,
            @QueryParam("order") @DefaultValue("desc") String order) {
        Optional<Session> session = Session.of(token);
        if (session.isEmpty()) {
            return Response.seeOther(URI.create("/sign-in")).build();
        }
        Paging paging = Paging.of("/transfer-notes", page, size, orderBy, order);
        try {
            Page<NoteRow> notes = api.list(session.get().bearer(), paging.page(), paging.size(), paging.orderBy(), paging.order());
            return Response.ok(Templates.list(session.get(), notes, paging, null)).build();
        } catch (RuntimeException failure) {
            Problem problem = Problem.of("inventory-transfer-service", failure);
            if (problem.signInAgain()) {
                return Response.seeOther(URI.create("/sign-in")).build();
            }
            return Response.status(problem.status() == 0 ? 502 : problem.status())
                    .entity(Templates.list(session.get(), null, paging, problem)).build();
        }
    }
}
