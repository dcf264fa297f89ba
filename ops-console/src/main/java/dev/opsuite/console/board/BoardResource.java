package dev.opsuite.console.board;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestStreamElementType;

import dev.opsuite.console.board.BoardData.AssignRequest;
import dev.opsuite.console.board.BoardData.BlockedJobData;
import dev.opsuite.console.board.BoardView.Attempt;
import dev.opsuite.console.web.Problem;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Multi;

/**
 * Seed 002's dispatch board: a UTC day of technicians × hours, the unassigned and blocked jobs; assigning a job by
 * drag and drop or by its form (the same POST), field-service's refusals next to the job; live through a relay of
 * the service's event stream.
 */
@Path("/board")
public class BoardResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance board(BoardView board, String notice);

        static native TemplateInstance board$live(BoardView board);
    }

    @Inject
    @RestClient
    FieldBoardApi api;

    @Inject
    @RestClient
    FieldBoardStream stream;

    /**
     * The board of a day. Reached by htmx after a POST's 303 (the request keeps its HX-Request header), htmx would keep
     * the POST's URL in the location bar, so the page names its own URL ({@code HX-Push-Url}).
     */
    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response board(@QueryParam("date") String date, @QueryParam("booked") UUID booked,
            @HeaderParam("HX-Request") String htmx) {
        LocalDate day = day(date);
        Map<UUID, String> titles = new HashMap<>();
        BoardView view = view(day, null, titles);
        String notice = booked == null ? null : "Booked: " + titles.getOrDefault(booked, "the job") + ".";
        return page(Response.ok(Templates.board(view, notice)), day, booked, htmx);
    }

    /** The lanes and the side lists only: what the page re-fetches on each event of the stream. */
    @GET
    @Path("/live")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance live(@QueryParam("date") String date) {
        return Templates.board$live(view(day(date), null, new HashMap<>()));
    }

    /** Assigns a job (its form, or a drop that fills the form): 303 to the board of the start's day, else the refusal. */
    @POST
    @Path("/appointments")
    @Produces(MediaType.TEXT_HTML)
    public Response assign(@FormParam("date") String date, @FormParam("jobId") UUID jobId,
            @FormParam("technicianId") String technicianId, @FormParam("start") String start,
            @HeaderParam("HX-Request") String htmx) {
        LocalDate day = day(date);
        UUID technician = uuid(technicianId);
        var startAt = BoardView.parseStart(start);
        Problem problem = null;
        if (technician == null) {
            problem = Problem.invalid("technicianId", "Choose a technician.");
        } else if (startAt.isEmpty()) {
            problem = Problem.invalid("start", "A start like 2026-12-05 10:00 (UTC).");
        } else {
            try {
                api.assign(new AssignRequest(jobId, technician, startAt.get()));
                LocalDate booked = startAt.get().atZone(ZoneOffset.UTC).toLocalDate();
                return Response.seeOther(URI.create("/board?date=" + booked + "&booked=" + jobId)).build();
            } catch (WebApplicationException e) {
                problem = Problem.of("field-service", e);
                if (!problem.mendable()) {
                    throw e;
                }
            }
        }
        BoardView view = view(day, new Attempt(jobId, technician, start, problem), new HashMap<>());
        return page(Response.status(problem.status()).entity(Templates.board(view, null)), day, null, htmx);
    }

    /** The page, telling htmx its URL: the board of the day (with the booking's notice), never the POST's. */
    private static Response page(Response.ResponseBuilder page, LocalDate day, UUID booked, String htmx) {
        if (htmx != null) {
            page.header("HX-Push-Url", "/board?date=" + day + (booked == null ? "" : "&booked=" + booked));
        }
        return page.build();
    }

    /**
     * The service's board changes, relayed with the user's token (a browser's EventSource sends none): each event's
     * JSON data as it comes; the page re-fetches {@link #live} on each.
     */
    @GET
    @Path("/events")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.TEXT_PLAIN)
    public Multi<String> events() {
        return stream.changes();
    }

    /**
     * The day's board from the service's answers. {@code titles} collects each job's title: the lanes name only an
     * appointment's job id, so the jobs not on the side lists are read one by one (once per page).
     */
    private BoardView view(LocalDate day, Attempt attempt, Map<UUID, String> titles) {
        BoardData board = api.board(day.toString());
        List<BlockedJobData> blocked = api.blocked();
        board.unassigned().forEach(j -> titles.put(j.id(), j.title()));
        blocked.forEach(b -> titles.put(b.jobId(), b.title()));
        return BoardView.of(day, board, api.technicians(), blocked,
                id -> titles.computeIfAbsent(id, j -> api.job(j).title()), attempt);
    }

    static LocalDate day(String date) {
        if (date != null && !date.isBlank()) {
            try {
                return LocalDate.parse(date.strip());
            } catch (DateTimeParseException e) {
                // a malformed date in the URL: today's board
            }
        }
        return LocalDate.now(ZoneOffset.UTC);
    }

    private static UUID uuid(String value) {
        try {
            return value == null || value.isBlank() ? null : UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
