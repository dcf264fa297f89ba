package dev.opsuite.console.dispatches;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import dev.opsuite.console.dispatches.DispatchViews.DispatchDetail;
import dev.opsuite.console.dispatches.DispatchViews.Option;
import dev.opsuite.console.web.Problem;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * Create a dispatch (POST /dispatch): the seed's three inputs, a trip ticket, a ready unit and a datetime. The service
 * books the unit for its window; a double booking (409) or a ticket of another crew (422) comes back next to the input
 * it names. Created, the dispatch opens on its page (PENDING until an invoice is attached).
 */
@Path("/dispatches/new")
public class DispatchFormResource {

    public record Input(String tripTicketId, String datetime, String unit) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(Input input, List<Option> tickets, List<Option> units, Problem problem);
    }

    @Inject
    @RestClient
    DispatchApi api;

    @Inject
    DispatchDirectory directory;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance form() {
        return Templates.form(new Input(null, null, null), directory.openTickets(), directory.readyUnits(), null);
    }

    @POST
    @Produces(MediaType.TEXT_HTML)
    public Response create(@FormParam("tripTicketId") String tripTicketId, @FormParam("datetime") String datetime,
            @FormParam("unit") String unit) {
        try {
            DispatchDetail created = api.create(DispatchForms.create(tripTicketId, datetime, unit));
            return DispatchForms.seeOther("/dispatches/" + created.id(), created.dispatchId() + " created");
        } catch (WebApplicationException e) {
            Problem problem = Problem.of("dispatch-service", e);
            if (!problem.mendable()) {
                throw e;
            }
            return Response.status(problem.status()).entity(Templates.form(new Input(tripTicketId, datetime, unit),
                    directory.openTickets(), directory.readyUnits(), problem)).build();
        }
    }
}
