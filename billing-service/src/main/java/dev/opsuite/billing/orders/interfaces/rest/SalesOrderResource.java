package dev.opsuite.billing.orders.interfaces.rest;

import dev.opsuite.billing.orders.application.port.in.CancelSalesOrderUseCase;
import dev.opsuite.billing.orders.application.port.in.CancelSalesOrderUseCase.CancelSalesOrderCommand;
import dev.opsuite.billing.orders.application.port.in.ConfirmSalesOrderUseCase;
import dev.opsuite.billing.orders.application.port.in.ConfirmSalesOrderUseCase.ConfirmSalesOrderCommand;
import dev.opsuite.billing.orders.application.port.in.CreateSalesOrderUseCase;
import dev.opsuite.billing.orders.application.port.in.CreateSalesOrderUseCase.CreateSalesOrderCommand;
import dev.opsuite.billing.orders.application.port.in.FindSalesOrdersQuery;
import dev.opsuite.billing.orders.interfaces.rest.SalesOrderDtos.CancelSalesOrderRequest;
import dev.opsuite.billing.orders.interfaces.rest.SalesOrderDtos.CreateSalesOrderRequest;
import dev.opsuite.billing.orders.interfaces.rest.SalesOrderDtos.SalesOrderResponse;
import dev.opsuite.billing.kernel.rest.Roles;
import dev.opsuite.billing.orders.domain.SalesOrderStatus;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageParams;
import dev.opsuite.support.paging.PageRequest;
import dev.opsuite.support.rest.ETags;
import dev.opsuite.support.rest.QueryParams;
import dev.opsuite.support.tenancy.Caller;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/sales-orders")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sales orders")
public class SalesOrderResource {

    private static final Map<String, String> SORTABLE = Map.of(
            "createdAt", "createdAt", "orderNumber", "orderNumber", "customerName", "customerName",
            "totalAmount", "totalAmount");

    private final CreateSalesOrderUseCase create;
    private final ConfirmSalesOrderUseCase confirm;
    private final CancelSalesOrderUseCase cancel;
    private final FindSalesOrdersQuery find;
    private final Caller caller;

    public SalesOrderResource(CreateSalesOrderUseCase create, ConfirmSalesOrderUseCase confirm,
            CancelSalesOrderUseCase cancel, FindSalesOrdersQuery find, Caller caller) {
        this.create = create;
        this.confirm = confirm;
        this.cancel = cancel;
        this.find = find;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({ Roles.FINANCE, Roles.BILLING })
    @Operation(summary = "Create a sales order (Draft); line amounts and the total are rounded half-up to cents")
    public Uni<Response> create(@Valid @NotNull CreateSalesOrderRequest request, UriInfo uri) {
        return create.create(new CreateSalesOrderCommand(caller.actor(), request.customerId(), request.customerName(),
                        request.currency(), request.orderLines()))
                .map(order -> ETags.created(uri, order.id(), SalesOrderResponse.of(order), order.version()));
    }

    @POST
    @Path("/{id}/confirm")
    @RolesAllowed({ Roles.FINANCE, Roles.BILLING })
    @Operation(summary = "Confirm a draft order: Draft to Confirmed, from then on invoiceable; publishes sales-order-confirmed")
    public Uni<Response> confirm(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        return confirm.confirm(new ConfirmSalesOrderCommand(caller.actor(), id, ETags.parse(ifMatch)))
                .map(order -> ETags.ok(SalesOrderResponse.of(order), order.version()));
    }

    @POST
    @Path("/{id}/cancel")
    @RolesAllowed({ Roles.FINANCE, Roles.BILLING })
    @Operation(summary = "Cancel an order that no live invoice takes (409 otherwise); publishes sales-order-cancelled")
    public Uni<Response> cancel(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull CancelSalesOrderRequest request) {
        return cancel.cancel(new CancelSalesOrderCommand(caller.actor(), id, request.reason(), ETags.parse(ifMatch)))
                .map(order -> ETags.ok(SalesOrderResponse.of(order), order.version()));
    }

    @GET
    @RolesAllowed({ Roles.FINANCE, Roles.BILLING, Roles.DISPATCHER, Roles.OPERATIONS_MANAGER })
    @Operation(summary = "List sales orders (paginated, optionally of one customer or status)")
    public Uni<Page<SalesOrderResponse>> list(@Valid @BeanParam PageParams paging, @QueryParam("customerId") String customerId,
            @QueryParam("status") String status) {
        return find.salesOrders(caller.tenantId(), QueryParams.uuid("customerId", customerId),
                        QueryParams.filter("status", status, SalesOrderStatus.class), PageRequest.of(paging, SORTABLE, "createdAt"))
                .map(page -> page.map(SalesOrderResponse::of));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.FINANCE, Roles.BILLING, Roles.DISPATCHER, Roles.OPERATIONS_MANAGER })
    @Operation(summary = "Get a sales order")
    public Uni<Response> get(@PathParam("id") UUID id) {
        return find.salesOrder(caller.tenantId(), id)
                .map(order -> ETags.ok(SalesOrderResponse.of(order), order.version()));
    }
}
