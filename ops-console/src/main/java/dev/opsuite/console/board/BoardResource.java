package dev.opsuite.console.board;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

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

import dev.opsuite.console.board.BoardData.AppointmentData;
import dev.opsuite.console.board.BoardData.AssignRequest;
import dev.opsuite.console.board.BoardData.BlockedJobData;
import dev.opsuite.console.board.BoardData.RescheduleRequest;
import dev.opsuite.console.board.BoardView.Attempt;
import dev.opsuite.console.board.BoardView.Move;
import dev.opsuite.console.web.Problem;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Multi;

/**
 * Seed 002's dispatch board: a UTC day of technicians × hours, the unassigned and blocked jobs; assigning a job or
 * moving an appointment by drag and drop or by a form (the same POST), field-service's refusals next to the form;
 * live through a relay of the service's event stream.
 */
@Path("/board")
public class BoardResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance board(BoardView board, String notice);

        static native TemplateInstance board$live(BoardView board);
    }

    /** What a POST came to: the job whose appointment the service made, or the problem to show with the form. */
    private record Outcome(UUID jobId, Problem problem) {
    }

    @Inject
    @RestClient
    FieldBoardApi api;

    @Inject
    @RestClient
    FieldBoardStream stream;

    /**
     * The board of a day; {@code booked} or {@code moved} (a job's id) adds a notice. Reached by htmx after a POST's
     * 303 (the request keeps its HX-Request header), htmx would keep the POST's URL in the location bar, so the page
     * names its own URL ({@code HX-Push-Url}).
     */
    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response board(@QueryParam("date") String date, @QueryParam("booked") UUID booked,
            @QueryParam("moved") UUID moved, @HeaderParam("HX-Request") String htmx) {
        LocalDate day = day(date);
        Map<UUID, String> titles = new HashMap<>();
        BoardView view = view(day, null, null, titles);
        String notice = booked != null ? "Booked: " + titles.getOrDefault(booked, "the job") + "."
                : moved != null ? "Moved: " + titles.getOrDefault(moved, "the job") + "." : null;
        String query = booked != null ? "&booked=" + booked : moved != null ? "&moved=" + moved : "";
        return page(Response.ok(Templates.board(view, notice)), day, query, htmx);
    }

    /** The lanes and the side lists only: what the page re-fetches on each event of the stream. */
    @GET
    @Path("/live")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance live(@QueryParam("date") String date) {
        return Templates.board$live(view(day(date), null, null, new HashMap<>()));
    }

    /** Assigns a job (its form, or a drop that fills the form): 303 to the board of the start's day, else the refusal. */
    @POST
    @Path("/appointments")
    @Produces(MediaType.TEXT_HTML)
    public Response assign(@FormParam("date") String date, @FormParam("jobId") UUID jobId,
            @FormParam("technicianId") String technicianId, @FormParam("start") String start,
            @HeaderParam("HX-Request") String htmx) {
        UUID technician = uuid(technicianId);
        Optional<Instant> startAt = BoardView.parseStart(start);
        Outcome outcome = send(technician, startAt, at -> api.assign(new AssignRequest(jobId, technician, at)));
        if (outcome.problem() == null) {
            return done(startAt.get(), "booked", outcome.jobId());
        }
        return refused(day(date), new Attempt(jobId, technician, start, outcome.problem()), null, outcome.problem(), htmx);
    }

    /**
     * Moves a live appointment to another technician or time (a dragged appointment, or the move form): field-service
     * supersedes it by a new one; 303 to the board of the new start's day, else the refusal.
     */
    @POST
    @Path("/appointments/move")
    @Produces(MediaType.TEXT_HTML)
    public Response move(@FormParam("date") String date, @FormParam("appointmentId") UUID appointmentId,
            @FormParam("technicianId") String technicianId, @FormParam("start") String start,
            @FormParam("reason") String reason, @HeaderParam("HX-Request") String htmx) {
        UUID technician = uuid(technicianId);
        Optional<Instant> startAt = BoardView.parseStart(start);
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        Outcome outcome = send(technician, startAt,
                at -> api.reschedule(appointmentId, new RescheduleRequest(technician, at, why)));
        if (outcome.problem() == null) {
            return done(startAt.get(), "moved", outcome.jobId());
        }
        return refused(day(date), null, new Move(appointmentId, technician, start, reason, outcome.problem()),
                outcome.problem(), htmx);
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
     * Sends an assignment or a move once the console's own checks pass (a technician chosen, a start that reads).
     * A failure no form can mend escapes (ProblemPages).
     */
    private static Outcome send(UUID technician, Optional<Instant> start, Function<Instant, AppointmentData> call) {
        if (technician == null) {
            return new Outcome(null, Problem.invalid("technicianId", "Choose a technician."));
        }
        if (start.isEmpty()) {
            return new Outcome(null, Problem.invalid("start", "A start like 2026-12-05 10:00 (UTC)."));
        }
        try {
            return new Outcome(call.apply(start.get()).jobId(), null);
        } catch (WebApplicationException e) {
            Problem problem = Problem.of("field-service", e);
            if (!problem.mendable()) {
                throw e;
            }
            return new Outcome(null, problem);
        }
    }

    /** 303 to the board of the day the appointment starts, with its notice. */
    private static Response done(Instant start, String notice, UUID jobId) {
        LocalDate day = start.atZone(ZoneOffset.UTC).toLocalDate();
        return Response.seeOther(URI.create("/board?date=" + day + "&" + notice + "=" + jobId)).build();
    }

    /** The board again, the refusal in its form, with the service's status. */
    private Response refused(LocalDate day, Attempt attempt, Move move, Problem problem, String htmx) {
        BoardView view = view(day, attempt, move, new HashMap<>());
        return page(Response.status(problem.status()).entity(Templates.board(view, null)), day, "", htmx);
    }

    /** The page, telling htmx its URL: the board of the day (with the notice's query), never the POST's. */
    private static Response page(Response.ResponseBuilder page, LocalDate day, String query, String htmx) {
        if (htmx != null) {
            page.header("HX-Push-Url", "/board?date=" + day + query);
        }
        return page.build();
    }

    /**
     * The day's board from the service's answers. {@code titles} collects each job's title: the lanes name only an
     * appointment's job id, so the jobs not on the side lists are read one by one (once per page).
     */
    private BoardView view(LocalDate day, Attempt attempt, Move move, Map<UUID, String> titles) {
        BoardData board = api.board(day.toString());
        List<BlockedJobData> blocked = api.blocked();
        board.unassigned().forEach(j -> titles.put(j.id(), j.title()));
        blocked.forEach(b -> titles.put(b.jobId(), b.title()));
        return BoardView.of(day, board, api.technicians(), blocked,
                id -> titles.computeIfAbsent(id, j -> api.job(j).title()), attempt, move);
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
