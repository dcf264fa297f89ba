package dev.opsuite.field.board.interfaces.rest;

import dev.opsuite.field.board.application.port.in.FollowUpQuery;
import dev.opsuite.field.board.interfaces.rest.BoardDtos.FollowUpResponse;
import dev.opsuite.field.kernel.rest.Roles;
import dev.opsuite.support.tenancy.Caller;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The follow-up suggested for a job its part released; the dispatcher books it by assigning the job. */
@Path("/jobs/{id}/follow-up")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Dispatch board")
public class JobFollowUpResource {

    private final FollowUpQuery followUps;
    private final Caller caller;

    public JobFollowUpResource(FollowUpQuery followUps, Caller caller) {
        this.followUps = followUps;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({ Roles.DISPATCHER, Roles.OWNER, Roles.ADMIN, Roles.PARTS_MANAGER })
    @Operation(summary = "The follow-up appointment suggested when the job's part arrived (404 when none is)")
    public Uni<FollowUpResponse> followUp(@PathParam("id") UUID id) {
        return followUps.followUp(caller.tenantId(), id).map(FollowUpResponse::of);
    }
}
