package dev.opsuite.console.fleet;

import java.net.URI;
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

import dev.opsuite.console.fleet.FleetViews.Accident;
import dev.opsuite.console.web.Page;
import dev.opsuite.console.web.Paging;
import dev.opsuite.console.web.Problem;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * Accidents (seed 004 "Accident costs not tracked per vehicle"): the list with the service's filters, and an accident
 * reported (vehicle, driver, order, where and when, the damage and its estimate, the police report number).
 */
@Path("/fleet/accidents")
public class FleetAccidentsResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(Page<Accident> accidents, Paging paging, FleetNames names, String saved);

        static native TemplateInstance report(Map<String, String> form, Problem problem, FleetNames names);
    }

    @Inject
    @RestClient
    FleetApi fleet;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance list(@QueryParam("page") @DefaultValue("1") int page,
            @QueryParam("size") @DefaultValue("20") int size,
            @QueryParam("orderBy") @DefaultValue("occurredAt") String orderBy,
            @QueryParam("order") @DefaultValue("desc") String order,
            @QueryParam("vehicleId") String vehicleId, @QueryParam("driverId") String driverId,
            @QueryParam("orderReference") String orderReference, @QueryParam("status") String status,
            @QueryParam("saved") String saved) {
        Paging paging = Paging.of("/fleet/accidents", page, size, orderBy, order).filter("vehicleId", vehicleId)
                .filter("driverId", driverId).filter("orderReference", orderReference).filter("status", status);
        Page<Accident> accidents = fleet.accidents(paging.page(), paging.size(), paging.orderBy(), paging.order(),
                FleetResource.blankToNull(paging.value("vehicleId")), FleetResource.blankToNull(paging.value("driverId")),
                FleetResource.blankToNull(paging.value("orderReference")), FleetResource.blankToNull(paging.value("status")));
        return Templates.list(accidents, paging, FleetNames.read(fleet), saved);
    }

    @GET
    @Path("new")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance blank() {
        return Templates.report(Map.of("damageEstimate.currency", "CZK"), null, FleetNames.read(fleet));
    }

    @POST
    @Path("new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response report(MultivaluedMap<String, String> posted) {
        Map<String, String> form = FleetForms.values(posted);
        try {
            Accident accident = fleet.reportAccident(body(form));
            return Response.seeOther(URI.create("/fleet/accidents?saved=" + accident.number())).build();
        } catch (WebApplicationException e) {
            Problem problem = FleetForms.mendable(e);
            return Response.status(problem.status()).entity(Templates.report(form, problem, FleetNames.read(fleet))).build();
        }
    }

    /** The report as fleet-service's ReportAccidentRequest; the estimate only when an amount is given. */
    static Map<String, Object> body(Map<String, String> form) {
        FormBody body = FormBody.of(form).text("vehicleId", "driverId", "orderReference").instant("occurredAt")
                .text("location", "damageDescription", "policeReportNumber");
        String estimate = form.get("damageEstimate.amount");
        if (estimate != null && !estimate.isBlank()) {
            body.decimal("damageEstimate.amount").text("damageEstimate.currency");
        }
        return body.body();
    }
}
