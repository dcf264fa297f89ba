package dev.opsuite.fleet.ledger.interfaces.rest;

import dev.opsuite.fleet.kernel.rest.Roles;

import dev.opsuite.fleet.ledger.application.port.in.FindDriverTransactionsQuery;
import dev.opsuite.fleet.ledger.interfaces.rest.LedgerDtos.StatementResponse;
import dev.opsuite.support.tenancy.Caller;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** One driver's salary-relevant ledger of a pay period (the seed's driver_transactions). */
@Path("/drivers/{driverId}/transactions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Driver ledger")
public class DriverLedgerResource {

    private final FindDriverTransactionsQuery find;
    private final Caller caller;

    public DriverLedgerResource(FindDriverTransactionsQuery find, Caller caller) {
        this.find = find;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({ Roles.FLEET_MANAGER, Roles.HR_ADMIN })
    @Operation(summary = "A driver's ledger entries of a pay period (payPeriod=2025-10, the current one when omitted), "
            + "with the total per currency")
    public Uni<StatementResponse> statement(@PathParam("driverId") UUID driverId, @QueryParam("payPeriod") String payPeriod) {
        return find.statement(caller.tenantId(), driverId, LedgerDtos.payPeriod(payPeriod)).map(StatementResponse::of);
    }
}
