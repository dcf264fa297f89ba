package dev.opsuite.console.technician;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import dev.opsuite.console.web.Problem;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * Seed 002's technician on a phone: the day's queue ({@code /my/day}) and the job on site ({@code /my/jobs/{id}}):
 * start, diagnosis, labor, parts from the truck, waiting on parts, complete. Every action is a form posted here and
 * sent to field-service's {@code /my/jobs/{id}/…} with the technician's token; a refusal is shown next to its input.
 */
@Path("/my")
@Produces(MediaType.TEXT_HTML)
public class MyDayResource {

    /** The technician's truck (an inventory TRUCK location id), which no API lets a technician look up. */
    static final String TRUCK_COOKIE = "opsuite_truck";

    private static final String FIELD = "field-service";

    private static final Map<String, String> NOTICES = Map.of(
            "started", "Job started.",
            "diagnosis", "Diagnosis saved.",
            "labor", "Labor logged.",
            "part", "Part fitted.",
            "waiting", "The job now waits on parts.",
            "completed", "Job completed.");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance day(Day day, List<DayJob> jobs, UsedToday used, UUID truck, TruckStock stock,
                Problem problem, String truckValue);

        static native TemplateInstance job(MyJob job, JobSite site, UUID truck, TruckStock stock, WorkForm form,
                Problem problem, String failed, String done, String notice);
    }

    /** A job of the day with where it is. */
    public record DayJob(MyJob job, JobSite site) {
    }

    /** The job page's forms as posted (each form sends its own inputs; the others stay empty). */
    public static class Posted {
        @FormParam("findings")
        String findings;
        @FormParam("cause")
        String cause;
        @FormParam("hours")
        String hours;
        @FormParam("rateClass")
        String rateClass;
        @FormParam("partId")
        String partId;
        @FormParam("sku")
        String sku;
        @FormParam("quantity")
        String quantity;
        @FormParam("waitingFor")
        String waitingFor;

        WorkForm form() {
            WorkForm blank = WorkForm.empty();
            return new WorkForm(findings, cause, hours, rateClass == null ? blank.rateClass() : rateClass, partId, sku,
                    quantity == null ? blank.quantity() : quantity, waitingFor);
        }
    }

    @Inject
    @RestClient
    TechnicianApi api;

    Clock clock = Clock.systemUTC();

    @GET
    @Path("day")
    public TemplateInstance day(@QueryParam("date") String date, @CookieParam(TRUCK_COOKIE) String truckCookie) {
        UUID truck = truck(truckCookie);
        return dayPage(date, truck, null, truck == null ? "" : truck.toString());
    }

    /** Remembers the technician's truck on this phone (a cookie), for the SKU picker and the stock at a glance. */
    @POST
    @Path("truck")
    public Response setTruck(@FormParam("truckLocationId") String truckLocationId, @FormParam("date") String date) {
        String value = truckLocationId == null ? "" : truckLocationId.trim();
        UUID truck = truck(value);
        if (!value.isEmpty() && truck == null) {
            Problem p = Problem.invalid("truckLocationId", "The truck's id as the parts manager gives it (a UUID).");
            return Response.status(p.status()).entity(dayPage(date, null, p, value)).build();
        }
        NewCookie cookie = new NewCookie.Builder(TRUCK_COOKIE).value(truck == null ? "" : truck.toString()).path("/")
                .maxAge(truck == null ? 0 : 60 * 60 * 24 * 365).httpOnly(true).sameSite(NewCookie.SameSite.STRICT).build();
        return Response.seeOther(URI.create("/my/day?date=" + parseDate(date, today()))).cookie(cookie).build();
    }

    private TemplateInstance dayPage(String date, UUID truck, Problem problem, String truckValue) {
        LocalDate today = today();
        LocalDate day = parseDate(date, today);
        List<MyJob> mine = api.myJobs(day.toString());
        List<DayJob> jobs = mine.stream().map(j -> new DayJob(j, site(j.id()))).toList();
        return Templates.day(new Day(day, day.equals(today)), jobs, UsedToday.of(mine), truck, stock(truck).named(mine),
                problem, truckValue);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }

    @GET
    @Path("jobs/{id}")
    public TemplateInstance job(@PathParam("id") UUID id, @QueryParam("done") String done,
            @CookieParam(TRUCK_COOKIE) String truckCookie) {
        return page(id, truck(truckCookie), WorkForm.empty(), null, null, NOTICES.containsKey(done) ? done : null);
    }

    @POST
    @Path("jobs/{id}/start")
    public Response start(@PathParam("id") UUID id, @CookieParam(TRUCK_COOKIE) String truck) {
        return act(id, truck, WorkForm.empty(), "status", "started", () -> api.start(id));
    }

    @POST
    @Path("jobs/{id}/diagnosis")
    public Response diagnose(@PathParam("id") UUID id, @BeanParam Posted posted, @CookieParam(TRUCK_COOKIE) String truck) {
        WorkForm form = posted.form();
        return act(id, truck, form, "diagnosis", "diagnosis", () -> api.diagnose(id, form.diagnosis()));
    }

    @POST
    @Path("jobs/{id}/labor")
    public Response logLabor(@PathParam("id") UUID id, @BeanParam Posted posted, @CookieParam(TRUCK_COOKIE) String truck) {
        WorkForm form = posted.form();
        return act(id, truck, form, "labor", "labor", () -> api.logLabor(id, form.labor()));
    }

    @POST
    @Path("jobs/{id}/parts")
    public Response fitPart(@PathParam("id") UUID id, @BeanParam Posted posted, @CookieParam(TRUCK_COOKIE) String truck) {
        WorkForm form = posted.form();
        return act(id, truck, form, "parts", "part", () -> api.fitPart(id, form.part()));
    }

    @POST
    @Path("jobs/{id}/waiting-on-parts")
    public Response waitOnParts(@PathParam("id") UUID id, @BeanParam Posted posted,
            @CookieParam(TRUCK_COOKIE) String truck) {
        WorkForm form = posted.form();
        return act(id, truck, form, "waiting", "waiting", () -> api.waitOnParts(id, form.waitingOnParts()));
    }

    @POST
    @Path("jobs/{id}/complete")
    public Response complete(@PathParam("id") UUID id, @CookieParam(TRUCK_COOKIE) String truck) {
        return act(id, truck, WorkForm.empty(), "status", "completed", () -> api.complete(id));
    }

    /**
     * One action of the job page: on success back to the job (post/redirect/get) with a notice; refused, the page again
     * with the service's status, the problem above the form that failed and each message under its input.
     */
    private Response act(UUID id, String truckCookie, WorkForm form, String section, String done, Supplier<MyJob> call) {
        Problem problem;
        try {
            call.get();
            return Response.seeOther(URI.create("/my/jobs/" + id + "?done=" + done)).build();
        } catch (WorkForm.Invalid invalid) {
            problem = invalid.problem();
        } catch (WebApplicationException | ProcessingException e) {
            problem = Problem.of(FIELD, e);
            if (!problem.mendable()) {
                throw e;
            }
        }
        return Response.status(problem.status())
                .entity(page(id, truck(truckCookie), form, problem, section, null)).build();
    }

    /** The job page; {@code done} names the action just done, whose notice stands where it was done. */
    private TemplateInstance page(UUID id, UUID truck, WorkForm form, Problem problem, String failed, String done) {
        MyJob job = api.myJob(id);
        TruckStock stock = truck == null ? TruckStock.empty() : stock(truck).named(api.myJobs(job.day().toString()));
        // A form the job's status no longer shows (changed meanwhile, e.g. on another phone) has its problem on top.
        String at = failed == null || job.shows(failed) ? failed : "status";
        return Templates.job(job, site(id), truck, stock, form.skuOf(stock), problem, at, done,
                done == null ? null : NOTICES.get(done));
    }

    /** The job's customer and place from its sheet; a sheet that cannot be read leaves them unknown, not the page. */
    private JobSite site(UUID jobId) {
        try {
            return JobSite.fromSheet(api.jobSheet(jobId));
        } catch (WebApplicationException | ProcessingException e) {
            return JobSite.unknown();
        }
    }

    private TruckStock stock(UUID truck) {
        return truck == null ? TruckStock.empty() : api.truckStock(truck);
    }

    static UUID truck(String value) {
        try {
            return value == null || value.isBlank() ? null : UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static LocalDate parseDate(String date, LocalDate today) {
        try {
            return date == null || date.isBlank() ? today : LocalDate.parse(date.trim());
        } catch (DateTimeParseException e) {
            return today;
        }
    }
}
