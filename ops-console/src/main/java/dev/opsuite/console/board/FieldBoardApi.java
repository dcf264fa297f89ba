package dev.opsuite.console.board;

import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import dev.opsuite.console.board.BoardData.AppointmentData;
import dev.opsuite.console.board.BoardData.AssignRequest;
import dev.opsuite.console.board.BoardData.BlockedJobData;
import dev.opsuite.console.board.BoardData.JobData;
import dev.opsuite.console.board.BoardData.RescheduleRequest;
import dev.opsuite.console.board.BoardData.TechnicianData;
import dev.opsuite.console.web.BearerHeaders;

/** field-service's dispatch board, as much of it as the board screen uses (the stream: {@link FieldBoardStream}). */
@RegisterRestClient(configKey = "field")
@RegisterClientHeaders(BearerHeaders.class)
public interface FieldBoardApi {

    /** The UTC day's lanes (technicians with their live appointments), unassigned jobs and conflicts. */
    @GET
    @Path("/board")
    BoardData board(@QueryParam("date") String date);

    /** Every technician by name, with their time off (the board's lanes carry none). */
    @GET
    @Path("/technicians")
    List<TechnicianData> technicians();

    /** The aging queue: waiting on parts or stuck in a scheduling conflict, oldest first. */
    @GET
    @Path("/jobs/blocked")
    List<BlockedJobData> blocked();

    /** One job (the title of an appointment's job: the lanes name only its id). */
    @GET
    @Path("/jobs/{id}")
    JobData job(@PathParam("id") UUID id);

    /** Assigns a job; 409 technician-double-booked naming technicianId, 422 outside-working-hours naming start... */
    @POST
    @Path("/board/appointments")
    @Consumes(MediaType.APPLICATION_JSON)
    AppointmentData assign(AssignRequest request);

    /** Reschedules or reassigns: the appointment is superseded by a new live one (answered). Same refusals. */
    @PUT
    @Path("/board/appointments/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    AppointmentData reschedule(@PathParam("id") UUID id, RescheduleRequest request);
}
