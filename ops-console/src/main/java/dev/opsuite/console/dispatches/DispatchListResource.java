package dev.opsuite.console.dispatches;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import dev.opsuite.console.dispatches.DispatchViews.DispatchRow;
import dev.opsuite.console.dispatches.DispatchViews.Option;
import dev.opsuite.console.web.Page;
import dev.opsuite.console.web.Paging;
import dev.opsuite.console.web.Problem;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * Seed 000's dispatch table (GET /dispatch): its filters, sorting and paging in the URL, and per row the lifecycle
 * step its status allows (schedule, dispatch, close) as a POST that comes back to the same view (post/redirect/get),
 * or shows the service's refusal above the table.
 */
@Path(DispatchQuery.PATH)
public class DispatchListResource {

    static final List<String> STATUSES = List.of("PENDING", "DRAFT", "SCHEDULED", "DISPATCHED", "COMPLETED", "CLOSED",
            "CANCELLED");

    @CheckedTemplate
    static class Templates {
        /** {@code units}: each row's unit name, by the row's id. */
        static native TemplateInstance list(Page<DispatchRow> dispatches, Paging paging, String state,
                Map<UUID, String> units, Map<UUID, String> tickets, List<Option> unitChoices, List<Option> customers,
                List<String> statuses, String notice, Problem problem, UUID failed);
    }

    @Inject
    @RestClient
    DispatchApi api;

    @Inject
    DispatchDirectory directory;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance list(@BeanParam DispatchQuery query, @QueryParam("notice") String notice) {
        return page(query, notice, null, null);
    }

    @POST
    @Path("{id}/quick/{action}")
    @Produces(MediaType.TEXT_HTML)
    public Response quick(@PathParam("id") UUID id, @PathParam("action") String action, @BeanParam DispatchQuery query) {
        if (!Lifecycle.STEPS.contains(action)) {
            throw new NotFoundException();
        }
        try {
            String number = api.step(id, action, null).dispatchId();
            String notice = number + ": " + Lifecycle.done(action);
            return DispatchForms.seeOther(DispatchQuery.PATH + query.state(), notice);
        } catch (WebApplicationException e) {
            Problem problem = Problem.of("dispatch-service", e);
            if (!problem.mendable()) {
                throw e;
            }
            return Response.status(problem.status()).entity(page(query, null, problem, id)).build();
        }
    }

    private TemplateInstance page(DispatchQuery query, String notice, Problem problem, UUID failed) {
        Page<DispatchRow> rows = query.read(api);
        Map<UUID, String> trucks = directory.ticketTrucks();
        Map<UUID, String> units = new HashMap<>();
        rows.items().forEach(d -> units.put(d.id(), directory.unitLabel(d.unit(), trucks.get(d.tripTicketId()))));
        List<Option> unitChoices = directory.unitLabels().entrySet().stream()
                .map(e -> new Option(e.getKey().toString(), e.getValue())).toList();
        return Templates.list(rows, query.paging(), query.state(), units, directory.ticketNumbers(), unitChoices,
                directory.customers(), STATUSES, notice, problem, failed);
    }
}
