package dev.opsuite.fleet.documents.interfaces.rest;

import dev.opsuite.fleet.kernel.rest.FleetRequests;
import dev.opsuite.fleet.kernel.rest.Roles;

import dev.opsuite.fleet.documents.application.port.in.ManageDocumentsUseCase;
import dev.opsuite.fleet.documents.application.port.in.ManageDocumentsUseCase.ExpiringFilter;
import dev.opsuite.fleet.documents.domain.DocumentType;
import dev.opsuite.fleet.kernel.SubjectType;
import dev.opsuite.fleet.documents.interfaces.rest.DocumentDtos.ExpiringDocumentResponse;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageParams;
import dev.opsuite.support.paging.PageRequest;
import dev.opsuite.support.rest.QueryParams;
import dev.opsuite.support.tenancy.Caller;
import io.quarkus.security.ForbiddenException;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What needs renewing soon, across vehicles, trailers and drivers. */
@Path("/documents")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Documents")
public class ExpiringDocumentResource {

    static final int MAX_WINDOW_DAYS = 366;

    private static final Map<String, String> SORTABLE = Map.of("validUntil", "validUntil", "validFrom", "validFrom",
            "type", "type", "subjectType", "subjectType", "createdAt", "createdAt");

    private final ManageDocumentsUseCase documents;
    private final Caller caller;

    public ExpiringDocumentResource(ManageDocumentsUseCase documents, Caller caller) {
        this.documents = documents;
        this.caller = caller;
    }

    @GET
    @Path("/expiring")
    @RolesAllowed({ Roles.FLEET_MANAGER, Roles.DISPATCHER, Roles.VIEWER, Roles.HR_ADMIN, Roles.MECHANIC })
    @Operation(summary = "Documents that end within withinDays (default fleet.documents.expiry-warning-days) and are not "
            + "renewed, soonest first (orderBy validUntil, order asc unless given); by subjectType (VEHICLE, TRAILER, DRIVER, "
            + "comma-separated) and type; includeExpired (default true) keeps those that have already ended. "
            + "An hr-admin sees driver documents only, a mechanic vehicle and trailer documents only")
    public Uni<Page<ExpiringDocumentResponse>> expiring(@Valid @BeanParam PageParams paging,
            @QueryParam("order") String order, @QueryParam("withinDays") @Parameter(schema = @Schema(type = SchemaType.INTEGER,
                    minimum = "0", maximum = "" + MAX_WINDOW_DAYS)) String withinDays,
            @QueryParam("subjectType") List<String> subjectType, @QueryParam("type") String type,
            @QueryParam("includeExpired") String includeExpired) {
        Integer window = FleetRequests.number("withinDays", withinDays, 0, MAX_WINDOW_DAYS);
        Boolean expired = QueryParams.flag("includeExpired", includeExpired);
        ExpiringFilter filter = new ExpiringFilter(window == null ? documents.defaultWarningDays() : window,
                visible(QueryParams.enums("subjectType", subjectType, SubjectType.class)),
                QueryParams.oneOf("type", type, DocumentType.class), expired == null || expired);
        PageRequest checked = PageRequest.of(paging, SORTABLE, "validUntil");
        // Soonest first unless the caller asks otherwise.
        PageRequest page = new PageRequest(checked.page(), checked.size(), checked.sortProperty(),
                order == null || order.isBlank() || checked.ascending());
        return documents.expiring(caller.tenantId(), filter, page).map(p -> p.map(ExpiringDocumentResponse::of));
    }

    /** The holders whose documents the caller's roles may read; asking for others is a 403. */
    private Set<SubjectType> visible(Set<SubjectType> asked) {
        Set<SubjectType> allowed = EnumSet.noneOf(SubjectType.class);
        if (caller.hasRole(Roles.FLEET_MANAGER) || caller.hasRole(Roles.DISPATCHER) || caller.hasRole(Roles.VIEWER)) {
            allowed.addAll(EnumSet.allOf(SubjectType.class));
        }
        if (caller.hasRole(Roles.HR_ADMIN)) {
            allowed.add(SubjectType.DRIVER);
        }
        if (caller.hasRole(Roles.MECHANIC)) {
            allowed.add(SubjectType.VEHICLE);
            allowed.add(SubjectType.TRAILER);
        }
        if (asked.isEmpty()) {
            return allowed;
        }
        if (!allowed.containsAll(asked)) {
            throw new ForbiddenException("the caller's roles do not read the documents of " + asked);
        }
        return asked;
    }
}
