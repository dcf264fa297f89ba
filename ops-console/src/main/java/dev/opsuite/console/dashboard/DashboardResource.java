package dev.opsuite.console.dashboard;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import dev.opsuite.console.customers.FormInput;
import dev.opsuite.console.web.Problem;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The owner's daily dashboard (seed 002: "daily revenue, callback rate, first-time fix"; the admin's first action):
 * one UTC day, in the URL ({@code ?date=2026-12-07}), as field-service computes it.
 */
@Path("/dashboard")
@Produces(MediaType.TEXT_HTML)
public class DashboardResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance daily(String date, Daily.Dashboard day, DashboardCharts charts,
                Map<UUID, String> technicians, Map<UUID, String> jobTitles, String previous, String next,
                Problem problem);
    }

    @Inject
    @RestClient
    FieldDashboardApi field;

    @GET
    public Response daily(@QueryParam("date") String date) {
        if (date == null || date.isBlank()) {
            return Response.seeOther(URI.create("/dashboard?date=" + LocalDate.now(ZoneOffset.UTC))).build();
        }
        try {
            Daily.Dashboard day = field.daily(date.trim());
            Map<UUID, String> jobTitles = day.jobsCompleted().stream().map(Daily.Completed::jobId).distinct()
                    .collect(Collectors.toMap(id -> id, id -> field.job(id).title()));
            return Response.ok(Templates.daily(day.date().toString(), day, DashboardCharts.of(day),
                    DashboardCharts.technicianNames(day), jobTitles, day.date().minusDays(1).toString(),
                    day.date().plusDays(1).toString(), null)).build();
        } catch (WebApplicationException e) {
            Problem problem = FormInput.mendable("field-service", e);
            return FormInput.again(problem, Templates.daily(date, null, null, Map.of(), Map.of(), null, null, problem));
        }
    }
}
