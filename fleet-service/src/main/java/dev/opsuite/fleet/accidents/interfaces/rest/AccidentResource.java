package dev.opsuite.fleet.accidents.interfaces.rest;

import dev.opsuite.fleet.kernel.rest.Roles;

import dev.opsuite.fleet.accidents.application.port.in.FindAccidentsQuery;
import dev.opsuite.fleet.accidents.application.port.in.FindAccidentsQuery.AccidentFilter;
import dev.opsuite.fleet.accidents.application.port.in.InsuranceClaimUseCase;
import dev.opsuite.fleet.accidents.application.port.in.InsuranceClaimUseCase.ChangeClaimCommand;
import dev.opsuite.fleet.accidents.application.port.in.InsuranceClaimUseCase.ClaimAction;
import dev.opsuite.fleet.accidents.application.port.in.InsuranceClaimUseCase.FileClaimCommand;
import dev.opsuite.fleet.accidents.application.port.in.ReportAccidentUseCase;
import dev.opsuite.fleet.accidents.application.port.in.ReportAccidentUseCase.AddPhotoCommand;
import dev.opsuite.fleet.accidents.application.port.in.ReportAccidentUseCase.AmendAccidentCommand;
import dev.opsuite.fleet.accidents.application.port.in.ReportAccidentUseCase.ReportAccidentCommand;
import dev.opsuite.fleet.accidents.application.port.in.SettleAccidentUseCase;
import dev.opsuite.fleet.accidents.application.port.in.SettleAccidentUseCase.CompleteRepairCommand;
import dev.opsuite.fleet.accidents.domain.Accident;
import dev.opsuite.fleet.accidents.domain.AccidentStatus;
import dev.opsuite.fleet.accidents.interfaces.rest.AccidentDtos.AccidentResponse;
import dev.opsuite.fleet.accidents.interfaces.rest.AccidentDtos.AmendAccidentRequest;
import dev.opsuite.fleet.accidents.interfaces.rest.AccidentDtos.ClaimActionRequest;
import dev.opsuite.fleet.accidents.interfaces.rest.AccidentDtos.FileClaimRequest;
import dev.opsuite.fleet.accidents.interfaces.rest.AccidentDtos.PhotoResponse;
import dev.opsuite.fleet.accidents.interfaces.rest.AccidentDtos.RepairCompletionRequest;
import dev.opsuite.fleet.accidents.interfaces.rest.AccidentDtos.ReportAccidentRequest;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageParams;
import dev.opsuite.support.paging.PageRequest;
import dev.opsuite.support.application.Rejection;
import dev.opsuite.support.rest.ETags;
import dev.opsuite.support.rest.OnlyKnownFields;
import dev.opsuite.support.rest.QueryParams;
import dev.opsuite.support.tenancy.Caller;
import io.smallrye.common.annotation.NonBlocking;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import io.quarkus.resteasy.reactive.jackson.CustomDeserialization;

/**
 * Accidents (seed 004, scenario "Accident"): reported by a dispatcher when the driver calls (the vehicle
 * goes IN_REPAIR), photos, the insurance claim, and the completed repair whose cost is split.
 */
@Path("/accidents")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Accidents")
public class AccidentResource {

    private static final Map<String, String> SORTABLE = Map.of("createdAt", "createdAt", "occurredAt", "occurredAt",
            "number", "number", "status", "status", "updatedAt", "updatedAt");

    private final ReportAccidentUseCase report;
    private final InsuranceClaimUseCase claims;
    private final SettleAccidentUseCase settle;
    private final FindAccidentsQuery find;
    private final Caller caller;
    private final Vertx vertx;

    public AccidentResource(ReportAccidentUseCase report, InsuranceClaimUseCase claims, SettleAccidentUseCase settle,
            FindAccidentsQuery find, Caller caller, Vertx vertx) {
        this.report = report;
        this.claims = claims;
        this.settle = settle;
        this.find = find;
        this.caller = caller;
        this.vertx = vertx;
    }

    @POST
    @RolesAllowed({ Roles.FLEET_MANAGER, Roles.DISPATCHER })
    @Operation(summary = "Report an accident (number ACC-YYYY-NNNNNN); the vehicle goes IN_REPAIR in the same transaction")
    public Uni<Response> report(@Valid @NotNull ReportAccidentRequest request, UriInfo uri) {
        return report.report(new ReportAccidentCommand(caller.actor(), request.toDomain()))
                .map(a -> Response.created(uri.getAbsolutePathBuilder().path(a.id().toString()).build())
                        .tag(ETags.of(a.version())).entity(AccidentResponse.of(a)).build());
    }

    @GET
    @RolesAllowed({ Roles.FLEET_MANAGER, Roles.DISPATCHER, Roles.MECHANIC, Roles.VIEWER, Roles.HR_ADMIN })
    @Operation(summary = "List accidents (paginated), by vehicle, driver, order reference, status (comma-separated)")
    public Uni<Page<AccidentResponse>> list(@Valid @BeanParam PageParams paging, @QueryParam("vehicleId") String vehicleId,
            @QueryParam("driverId") String driverId, @QueryParam("orderReference") @Size(max = 100) String orderReference,
            @QueryParam("status") List<String> status) {
        AccidentFilter filter = new AccidentFilter(QueryParams.uuid("vehicleId", vehicleId), QueryParams.uuid("driverId", driverId),
                orderReference == null || orderReference.isBlank() ? null : orderReference.strip(),
                QueryParams.enums("status", status, AccidentStatus.class));
        return find.accidents(caller.tenantId(), filter, PageRequest.of(paging, SORTABLE, "createdAt"))
                .map(page -> page.map(AccidentResponse::of));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.FLEET_MANAGER, Roles.DISPATCHER, Roles.MECHANIC, Roles.VIEWER, Roles.HR_ADMIN })
    @Operation(summary = "Get an accident with its claim and settlement; the ETag is its version")
    public Uni<Response> get(@PathParam("id") UUID id) {
        return find.accident(caller.tenantId(), id).map(AccidentResource::ok);
    }

    @PATCH
    @Path("/{id}")
    @RolesAllowed({ Roles.FLEET_MANAGER, Roles.DISPATCHER })
    @CustomDeserialization(OnlyKnownFields.class)
    @Operation(summary = "Amend an open report: location, damageDescription, damageEstimate, policeReportNumber; If-Match optional")
    public Uni<Response> amend(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull AmendAccidentRequest request) {
        return report.amend(new AmendAccidentCommand(caller.actor(), id, ETags.parse(ifMatch), request.toDomain()))
                .map(AccidentResource::ok);
    }

    @POST
    @Path("/{id}/photos")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @NonBlocking
    @RolesAllowed({ Roles.FLEET_MANAGER, Roles.DISPATCHER })
    @Operation(summary = "Add a photo (multipart part 'file'): JPEG, PNG or HEIC by content, at most fleet.accidents.photo-max-bytes, "
            + "at most fleet.accidents.max-photos per accident")
    public Uni<Response> addPhoto(@PathParam("id") UUID id, @RestForm("file") FileUpload file, UriInfo uri) {
        if (file == null) {
            throw Rejection.invalid("photo-required", "file", "Send the photo as the multipart part 'file'.").toException();
        }
        Uni<byte[]> content = vertx.fileSystem().readFile(file.uploadedFile().toString()).map(buffer -> buffer.getBytes());
        return report.addPhoto(new AddPhotoCommand(caller.actor(), id, file.fileName(), file.size(), content))
                .map(p -> Response.created(uri.getAbsolutePathBuilder().path(p.id().toString()).build())
                        .entity(PhotoResponse.of(p)).build());
    }

    @GET
    @Path("/{id}/photos")
    @RolesAllowed({ Roles.FLEET_MANAGER, Roles.DISPATCHER, Roles.MECHANIC, Roles.VIEWER, Roles.HR_ADMIN })
    @Operation(summary = "The photos of an accident (metadata: type, size, SHA-256, original name)")
    public Uni<List<PhotoResponse>> photos(@PathParam("id") UUID id) {
        return find.photos(caller.tenantId(), id).map(list -> list.stream().map(PhotoResponse::of).toList());
    }

    @GET
    @Path("/{id}/photos/{photoId}")
    @Produces({ "image/jpeg", "image/png", "image/heic", MediaType.APPLICATION_JSON })
    @RolesAllowed({ Roles.FLEET_MANAGER, Roles.DISPATCHER, Roles.MECHANIC, Roles.VIEWER, Roles.HR_ADMIN })
    @Operation(summary = "The photo's bytes, with its content type")
    public Uni<Response> photo(@PathParam("id") UUID id, @PathParam("photoId") UUID photoId) {
        return find.photo(caller.tenantId(), id, photoId).map(p -> Response.ok(p.content(), p.photo().type().mediaType())
                .header("ETag", "\"" + p.photo().sha256() + "\"").build());
    }

    @POST
    @Path("/{id}/insurance-claim")
    @RolesAllowed(Roles.FLEET_MANAGER)
    @Operation(summary = "File the insurance claim (claimNumber unique in the business, insurer): PENDING")
    public Uni<Response> fileClaim(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull FileClaimRequest request) {
        return claims.file(new FileClaimCommand(caller.actor(), id, ETags.parse(ifMatch), request.claimNumber(), request.insurer()))
                .map(a -> Response.status(Response.Status.CREATED).tag(ETags.of(a.version())).entity(AccidentResponse.of(a))
                        .build());
    }

    @POST
    @Path("/{id}/insurance-claim/{action}")
    @RolesAllowed(Roles.FLEET_MANAGER)
    @Operation(summary = "Move the claim: approve {approvedAmount, currency} (PENDING to APPROVED), reject {reason} "
            + "(PENDING to REJECTED), pay (APPROVED to PAID); another move is a 409 naming the claim's state")
    public Uni<Response> changeClaim(@PathParam("id") UUID id, @PathParam("action") String action,
            @HeaderParam("If-Match") String ifMatch, @Valid ClaimActionRequest request) {
        ClaimAction claimAction = switch (action) {
            case "approve" -> ClaimAction.APPROVE;
            case "reject" -> ClaimAction.REJECT;
            case "pay" -> ClaimAction.PAY;
            default -> throw Rejection.notFound("claim-action", action).toException();
        };
        ClaimActionRequest body = request == null ? new ClaimActionRequest(null, null, null) : request;
        if (claimAction == ClaimAction.APPROVE && (body.approvedAmount() == null || body.currency() == null)) {
            throw Rejection.invalid("approved-amount-required", body.approvedAmount() == null ? "approvedAmount" : "currency",
                    "An approval names the approvedAmount and its currency.").toException();
        }
        if (claimAction == ClaimAction.REJECT && (body.reason() == null || body.reason().isBlank())) {
            throw Rejection.invalid("reason-required", "reason", "A rejection says why.").toException();
        }
        return claims.change(new ChangeClaimCommand(caller.actor(), id, ETags.parse(ifMatch), claimAction,
                body.approvedAmount(), body.currency(), body.reason())).map(AccidentResource::ok);
    }

    @POST
    @Path("/{id}/repair-completion")
    @RolesAllowed(Roles.FLEET_MANAGER)
    @Operation(summary = "The repair is done: the invoice is the vehicle's REPAIR expense, its net amount is split "
            + "(company share = net - insurer share, charged to the order; the driver's deductible from salary), the vehicle "
            + "is ACTIVE again and the accident SETTLED, all in one transaction")
    public Uni<Response> completeRepair(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull RepairCompletionRequest r) {
        return settle.completeRepair(new CompleteRepairCommand(caller.actor(), id, ETags.parse(ifMatch),
                r.repairInvoice().toInput(), r.supplier(), r.invoiceReference(), r.insurerShare(), r.driverDeductible(),
                r.completedOn())).map(AccidentResource::ok);
    }

    private static Response ok(Accident a) {
        return Response.ok(AccidentResponse.of(a)).tag(ETags.of(a.version())).build();
    }
}
