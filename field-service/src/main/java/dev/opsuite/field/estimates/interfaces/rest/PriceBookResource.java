package dev.opsuite.field.estimates.interfaces.rest;

import dev.opsuite.field.estimates.application.port.in.PriceBookUseCase;
import dev.opsuite.field.estimates.application.port.in.PriceBookUseCase.AddItemCommand;
import dev.opsuite.field.estimates.application.port.in.PriceBookUseCase.ReviseItemCommand;
import dev.opsuite.field.estimates.interfaces.rest.PricingDtos.AddItemRequest;
import dev.opsuite.field.estimates.interfaces.rest.PricingDtos.ItemResponse;
import dev.opsuite.field.estimates.interfaces.rest.PricingDtos.ItemTerms;
import dev.opsuite.field.kernel.rest.Roles;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageParams;
import dev.opsuite.support.paging.PageRequest;
import dev.opsuite.support.rest.ETags;
import dev.opsuite.support.tenancy.Caller;
import dev.opsuite.support.rest.OnlyKnownFields;
import io.quarkus.resteasy.reactive.jackson.CustomDeserialization;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The price book: what each sku is charged. Changes take If-Match (the ETag); a stale one is 412. */
@Path("/price-book")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Pricing")
public class PriceBookResource {

    private static final Map<String, String> SORTABLE = Map.of("sku", "sku", "name", "name", "createdAt", "createdAt");

    private final PriceBookUseCase book;
    private final Caller caller;

    public PriceBookResource(PriceBookUseCase book, Caller caller) {
        this.book = book;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({ Roles.OWNER, Roles.ESTIMATOR, Roles.ADMIN })
    @CustomDeserialization(OnlyKnownFields.class)
    @Operation(summary = "Add an item to the price book: a markup over its product's cost, or a fixed price")
    public Uni<Response> add(@Valid @NotNull AddItemRequest request, UriInfo uri) {
        return book.add(new AddItemCommand(caller.actor(), request.sku(), request.terms()))
                .map(p -> ETags.created(uri, p.item().sku(), ItemResponse.of(p), p.item().version()));
    }

    @GET
    @RolesAllowed({ Roles.OWNER, Roles.ESTIMATOR, Roles.FINANCE, Roles.ADMIN })
    @Operation(summary = "The price book (paginated, by sku), each item with its cost and unit price now")
    public Uni<Page<ItemResponse>> list(@Valid @BeanParam PageParams paging) {
        return book.items(caller.tenantId(), PageRequest.of(paging, SORTABLE, "sku")).map(p -> p.map(ItemResponse::of));
    }

    @GET
    @Path("/{sku}")
    @RolesAllowed({ Roles.OWNER, Roles.ESTIMATOR, Roles.FINANCE, Roles.ADMIN })
    @Operation(summary = "One item, with its cost and unit price now (null when it cannot be priced)")
    public Uni<Response> item(@PathParam("sku") @Size(max = 64) String sku) {
        return book.item(caller.tenantId(), sku).map(p -> ETags.ok(ItemResponse.of(p), p.item().version()));
    }

    @GET
    @Path("/{sku}/price")
    @RolesAllowed({ Roles.OWNER, Roles.ESTIMATOR, Roles.FINANCE, Roles.ADMIN })
    @Operation(summary = "The item's unit price now; 422 no-known-cost when it is a markup over a cost not yet known")
    public Uni<ItemResponse> price(@PathParam("sku") @Size(max = 64) String sku) {
        return book.price(caller.tenantId(), sku).map(ItemResponse::of);
    }

    @PUT
    @Path("/{sku}")
    @RolesAllowed({ Roles.OWNER, Roles.ESTIMATOR, Roles.ADMIN })
    @CustomDeserialization(OnlyKnownFields.class)
    @Operation(summary = "Revise an item's name, product, taxability and pricing (If-Match)")
    public Uni<Response> revise(@PathParam("sku") @Size(max = 64) String sku, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull ItemTerms request) {
        return book.revise(new ReviseItemCommand(caller.actor(), sku, ETags.parse(ifMatch), request.toDomain()))
                .map(p -> ETags.ok(ItemResponse.of(p), p.item().version()));
    }
}
