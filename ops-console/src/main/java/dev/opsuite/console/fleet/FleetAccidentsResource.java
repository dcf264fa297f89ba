package dev.opsuite.console.fleet;

import java.net.URI;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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

        static native TemplateInstance detail(Accident accident, FleetNames names);

        static native TemplateInstance report(Map<String, String> form, Problem problem, FleetNames names);
    }

    @Inject
    @RestClient
    FleetApi fleet;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance list(@BeanParam TableParams table, @QueryParam("saved") String saved) {
        Paging paging = table.incidents("/fleet/accidents", "occurredAt");
        Page<Accident> accidents = fleet.accidents(paging.page(), paging.size(), paging.orderBy(), paging.order(),
                TableParams.given(paging, "vehicleId"), TableParams.given(paging, "driverId"),
                TableParams.given(paging, "orderReference"), TableParams.given(paging, "status"));
        return Templates.list(accidents, paging, FleetNames.read(fleet), saved);
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance detail(@PathParam("id") UUID id) {
        return Templates.detail(fleet.accident(id), FleetNames.read(fleet));
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
        return FleetForms.submit(FleetForms.values(posted),
                form -> URI.create("/fleet/accidents?saved=" + fleet.reportAccident(body(form)).number()),
                (form, problem) -> Templates.report(form, problem, FleetNames.read(fleet)));
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
