package dev.opsuite.fleet.costs.interfaces.rest;

import dev.opsuite.fleet.kernel.rest.Roles;

import dev.opsuite.fleet.costs.application.port.in.FindVehicleCostsQuery;
import dev.opsuite.fleet.costs.application.port.in.FindVehicleCostsQuery.ExpenseFilter;
import dev.opsuite.fleet.costs.application.port.in.RecordVehicleExpenseUseCase;
import dev.opsuite.fleet.costs.application.port.in.RecordVehicleExpenseUseCase.RecordVehicleExpenseCommand;
import dev.opsuite.fleet.costs.domain.ExpenseCategory;
import dev.opsuite.fleet.costs.interfaces.rest.VehicleCostDtos.ExpenseResponse;
import dev.opsuite.fleet.costs.interfaces.rest.VehicleCostDtos.RecordExpenseRequest;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageParams;
import dev.opsuite.support.paging.PageRequest;
import dev.opsuite.support.application.Rejection;
import dev.opsuite.support.rest.ETags;
import dev.opsuite.support.rest.QueryParams;
import dev.opsuite.support.tenancy.Caller;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The seed's vehicle_expenses: costs by category, each in its own currency with its VAT. */
@Path("/vehicle-expenses")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Vehicle costs")
public class VehicleExpenseResource {

    private static final Map<String, String> SORTABLE = Map.of("incurredOn", "incurredOn", "createdAt", "createdAt",
            "gross", "gross", "category", "category");

    private final RecordVehicleExpenseUseCase record;
    private final FindVehicleCostsQuery find;
    private final Caller caller;

    public VehicleExpenseResource(RecordVehicleExpenseUseCase record, FindVehicleCostsQuery find, Caller caller) {
        this.record = record;
        this.find = find;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Roles.FLEET_MANAGER)
    @Operation(summary = "Log a cost of a vehicle: the net (or gross) amount in its currency, the VAT mode and, for STANDARD, the rate")
    public Uni<Response> record(@Valid @NotNull RecordExpenseRequest r, UriInfo uri) {
        return record.record(new RecordVehicleExpenseCommand(caller.actor(), r.vehicleId(), r.category(), r.description(),
                        r.incurredOn(), r.amount(), r.supplier(), r.invoiceReference()))
                .map(e -> Response.created(uri.getAbsolutePathBuilder().path(e.id().toString()).build())
                        .tag(ETags.of(e.version())).entity(ExpenseResponse.of(e)).build());
    }

    @GET
    @RolesAllowed({ Roles.FLEET_MANAGER, Roles.DISPATCHER, Roles.VIEWER, Roles.HR_ADMIN })
    @Operation(summary = "List expenses (paginated), by vehicle, category (comma-separated), currency, service request, "
            + "and days incurred (incurredFrom, incurredTo, both included)")
    @SuppressWarnings("java:S107")
    public Uni<Page<ExpenseResponse>> list(@Valid @BeanParam PageParams paging, @QueryParam("vehicleId") String vehicleId,
            @QueryParam("category") List<String> category, @QueryParam("currency") String currency,
            @QueryParam("serviceRequestId") String serviceRequestId, @QueryParam("incurredFrom") String from,
            @QueryParam("incurredTo") String to) {
        LocalDate fromDay = day("incurredFrom", from);
        LocalDate toDay = day("incurredTo", to);
        if (fromDay != null && toDay != null && toDay.isBefore(fromDay)) {
            throw Rejection.invalid("invalid-date-range", "incurredTo", "incurredTo is before incurredFrom.").toException();
        }
        ExpenseFilter filter = new ExpenseFilter(QueryParams.uuid("vehicleId", vehicleId),
                QueryParams.enums("category", category, ExpenseCategory.class),
                currency == null || currency.isBlank() ? null : currency.strip().toUpperCase(java.util.Locale.ROOT),
                QueryParams.uuid("serviceRequestId", serviceRequestId), fromDay, toDay);
        return find.expenses(caller.tenantId(), filter, PageRequest.of(paging, SORTABLE, "incurredOn"))
                .map(page -> page.map(ExpenseResponse::of));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.FLEET_MANAGER, Roles.DISPATCHER, Roles.VIEWER, Roles.HR_ADMIN })
    @Operation(summary = "Get an expense")
    public Uni<Response> get(@PathParam("id") UUID id) {
        return find.expense(caller.tenantId(), id)
                .map(e -> Response.ok(ExpenseResponse.of(e)).tag(ETags.of(e.version())).build());
    }

    /** A day parameter (2026-11-20); a malformed one is a 400 naming it. */
    static LocalDate day(String name, String value) {
        Instant instant = QueryParams.instant(name, value);
        return instant == null ? null : LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }
}
