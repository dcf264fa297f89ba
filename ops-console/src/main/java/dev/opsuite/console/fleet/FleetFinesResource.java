package dev.opsuite.console.fleet;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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
    public TemplateInstance list(@BeanParam TableParams table, @QueryParam("saved") String saved) {
        Paging paging = table.incidents("/fleet/fines", "committedAt");
        Page<Fine> fines = fleet.fines(paging.page(), paging.size(), paging.orderBy(), paging.order(),
                TableParams.given(paging, "vehicleId"), TableParams.given(paging, "driverId"),
                TableParams.given(paging, "orderReference"), TableParams.given(paging, "status"));
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
        return FleetForms.submit(FleetForms.values(posted),
                form -> URI.create("/fleet/fines?saved=" + fleet.recordFine(body(form)).id()),
                (form, problem) -> Templates.record(form, problem, FleetNames.read(fleet)));
    }

    /** The fine letter as fleet-service's RecordFineRequest. */
    static Map<String, Object> body(Map<String, String> form) {
        return FormBody.of(form).text("vehicleId").instant("committedAt")
                .text("location", "offense", "offenseDetails").decimal("amount")
                .text("currency", "reference", "issuingAuthority", "receivedOn").body();
    }
}
