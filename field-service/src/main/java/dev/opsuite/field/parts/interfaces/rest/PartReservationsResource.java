package dev.opsuite.field.parts.interfaces.rest;

import dev.opsuite.field.parts.application.port.in.FindPartsQuery;
import dev.opsuite.field.parts.domain.PartReservationStatus;
import dev.opsuite.field.parts.interfaces.rest.PartsDtos.PartReservationResponse;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageParams;
import dev.opsuite.support.paging.PageRequest;
import dev.opsuite.support.rest.QueryParams;
import dev.opsuite.support.tenancy.Caller;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The parts manager's list of part reservations. */
@Path("/part-reservations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Parts")
public class PartReservationsResource {

    private static final Map<String, String> SORTABLE = Map.of("createdAt", "createdAt", "status", "status");

    private final FindPartsQuery find;
    private final Caller caller;

    public PartReservationsResource(FindPartsQuery find, Caller caller) {
        this.find = find;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({ PartsRoles.PARTS_MANAGER, PartsRoles.DISPATCHER, PartsRoles.OWNER, PartsRoles.ADMIN })
    @Operation(summary = "The parts manager's list of part reservations (paginated), optionally by status")
    public Uni<Page<PartReservationResponse>> list(@Valid @BeanParam PageParams paging, @QueryParam("status") String status) {
        return find.reservations(caller.tenantId(), QueryParams.filter("status", status, PartReservationStatus.class),
                        PageRequest.of(paging, SORTABLE, "createdAt"))
                .map(page -> page.map(PartReservationResponse::of));
    }
}
