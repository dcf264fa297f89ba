package dev.opsuite.console.fleet;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import dev.opsuite.console.fleet.FleetViews.Fine;
import dev.opsuite.console.web.Page;
import dev.opsuite.console.web.Paging;
import dev.opsuite.console.web.Problem;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * Fines (seed 004 "Fines arrive months late"): the list with the service's filters, and a fine letter recorded;
 * fleet-service finds who drove at that moment and books the driver's deduction, the order's cost and the vehicle's
 * expense, or leaves the fine waiting for manual attribution.
 */
@Path("/fleet/fines")
public class FleetFinesResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(Page<Fine> fines, Paging paging, FleetNames names, Fine saved);

        static native TemplateInstance record(Map<String, String> form, Problem problem, FleetNames names);
    }

    @Inject
    @RestClient
    FleetApi fleet;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance list(@QueryParam("page") @DefaultValue("1") int page,
            @QueryParam("size") @DefaultValue("20") int size,
            @QueryParam("orderBy") @DefaultValue("committedAt") String orderBy,
            @QueryParam("order") @DefaultValue("desc") String order,
            @QueryParam("vehicleId") String vehicleId, @QueryParam("driverId") String driverId,
            @QueryParam("orderReference") String orderReference, @QueryParam("status") String status,
            @QueryParam("saved") String saved) {
        Paging paging = Paging.of("/fleet/fines", page, size, orderBy, order).filter("vehicleId", vehicleId)
                .filter("driverId", driverId).filter("orderReference", orderReference).filter("status", status);
        Page<Fine> fines = fleet.fines(paging.page(), paging.size(), paging.orderBy(), paging.order(),
                FleetResource.blankToNull(paging.value("vehicleId")), FleetResource.blankToNull(paging.value("driverId")),
                FleetResource.blankToNull(paging.value("orderReference")), FleetResource.blankToNull(paging.value("status")));
        Fine shown = saved == null ? null : fines.items().stream().filter(f -> f.id().toString().equals(saved)).findFirst()
                .orElse(null);
        return Templates.list(fines, paging, FleetNames.read(fleet), shown);
    }

    @GET
    @Path("new")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance blank() {
        return Templates.record(Map.of("currency", "CZK", "receivedOn", LocalDate.now(ZoneOffset.UTC).toString()), null,
                FleetNames.read(fleet));
    }

    @POST
    @Path("new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response record(MultivaluedMap<String, String> posted) {
        Map<String, String> form = FleetForms.values(posted);
        try {
            Fine fine = fleet.recordFine(body(form));
            return Response.seeOther(URI.create("/fleet/fines?saved=" + fine.id())).build();
        } catch (WebApplicationException e) {
            Problem problem = FleetForms.mendable(e);
            return Response.status(problem.status()).entity(Templates.record(form, problem, FleetNames.read(fleet))).build();
        }
    }

    /** The fine letter as fleet-service's RecordFineRequest. */
    static Map<String, Object> body(Map<String, String> form) {
        return FormBody.of(form).text("vehicleId").instant("committedAt")
                .text("location", "offense", "offenseDetails").decimal("amount")
                .text("currency", "reference", "issuingAuthority", "receivedOn").body();
    }
}
