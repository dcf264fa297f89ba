package dev.opsuite.fleet.ledger.interfaces.rest;

import dev.opsuite.fleet.kernel.rest.Roles;

import dev.opsuite.fleet.ledger.application.port.in.FindDriverTransactionsQuery;
import dev.opsuite.fleet.ledger.application.port.in.FindDriverTransactionsQuery.TransactionFilter;
import dev.opsuite.fleet.ledger.domain.DriverTransactionKind;
import dev.opsuite.fleet.ledger.interfaces.rest.LedgerDtos.TransactionResponse;
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
import jakarta.ws.rs.core.Response;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The drivers' ledger across drivers: a paginated list, and the CSV payroll reads a pay period from. */
@Path("/driver-transactions")
@Tag(name = "Driver ledger")
public class DriverTransactionResource {

    static final String CSV = "text/csv";
    private static final Map<String, String> SORTABLE = Map.of("recordedAt", "createdAt", "bookedOn", "bookedOn",
            "amount", "amount", "kind", "kind", "payPeriod", "payPeriod");

    private final FindDriverTransactionsQuery find;
    private final Caller caller;

    public DriverTransactionResource(FindDriverTransactionsQuery find, Caller caller) {
        this.find = find;
        this.caller = caller;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.FLEET_MANAGER, Roles.HR_ADMIN })
    @Operation(summary = "List ledger entries (paginated), by pay period (2025-10), driver and kind (comma-separated)")
    public Uni<Page<TransactionResponse>> list(@Valid @BeanParam PageParams paging, @QueryParam("payPeriod") String payPeriod,
            @QueryParam("driverId") String driverId, @QueryParam("kind") List<String> kind) {
        TransactionFilter filter = new TransactionFilter(LedgerDtos.payPeriod(payPeriod), QueryParams.uuid("driverId", driverId),
                QueryParams.enums("kind", kind, DriverTransactionKind.class));
        return find.transactions(caller.tenantId(), filter, PageRequest.of(paging, SORTABLE, "recordedAt"))
                .map(page -> page.map(TransactionResponse::of));
    }

    @GET
    @Path("/export")
    @Produces(CSV + ";charset=UTF-8")
    @RolesAllowed({ Roles.FLEET_MANAGER, Roles.HR_ADMIN })
    @Operation(summary = "Every ledger entry of a pay period (payPeriod=2025-10, required) as CSV for payroll: a header row, "
            + "one row per entry with driver number and name, RFC 4180 quoting, UTF-8")
    public Uni<Response> export(@QueryParam("payPeriod") String payPeriod) {
        YearMonth period = LedgerDtos.requiredPayPeriod(payPeriod);
        return find.export(caller.tenantId(), period).map(rows -> Response.ok(LedgerDtos.csv(rows))
                .type(CSV + "; charset=UTF-8; header=present")
                .header("Content-Disposition", "attachment; filename=\"driver-transactions-" + period + ".csv\"")
                .build());
    }
}
