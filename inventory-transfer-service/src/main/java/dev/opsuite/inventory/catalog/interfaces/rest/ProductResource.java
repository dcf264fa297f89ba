package dev.opsuite.inventory.catalog.interfaces.rest;

import dev.opsuite.inventory.interfaces.rest.Roles;

import dev.opsuite.inventory.catalog.application.port.in.ManageProductsUseCase;
import dev.opsuite.inventory.catalog.application.port.in.ManageProductsUseCase.ProductFilter;
import dev.opsuite.inventory.catalog.application.port.in.ManageProductsUseCase.RegisterProductCommand;
import dev.opsuite.inventory.catalog.application.port.in.ManageProductsUseCase.UpdateProductCommand;
import dev.opsuite.support.rest.OnlyKnownFields;
import dev.opsuite.inventory.catalog.interfaces.rest.CatalogDtos.ProductResponse;
import dev.opsuite.inventory.catalog.interfaces.rest.CatalogDtos.RegisterProductRequest;
import dev.opsuite.inventory.catalog.interfaces.rest.CatalogDtos.UpdateProductRequest;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageParams;
import dev.opsuite.support.paging.PageRequest;
import dev.opsuite.support.rest.ETags;
import dev.opsuite.support.rest.QueryParams;
import dev.opsuite.support.tenancy.Caller;
import io.quarkus.resteasy.reactive.jackson.CustomDeserialization;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
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
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/products")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Products")
public class ProductResource {

    private static final Map<String, String> SORTABLE = Map.of(
            "createdAt", "createdAt", "updatedAt", "updatedAt", "name", "name", "sku", "sku");

    private final ManageProductsUseCase products;
    private final Caller caller;

    public ProductResource(ManageProductsUseCase products, Caller caller) {
        this.products = products;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Roles.INVENTORY_MANAGER)
    @Operation(summary = "Register a product; the SKU is unique within the business, the unit defaults to pcs")
    public Uni<Response> register(@Valid @NotNull RegisterProductRequest request, UriInfo uri) {
        return products.register(new RegisterProductCommand(caller.actor(), request.sku(), request.name(), request.unit()))
                .map(product -> ETags.created(uri, product.id(), ProductResponse.of(product), product.version()));
    }

    @GET
    @RolesAllowed({ Roles.INVENTORY_MANAGER, Roles.WAREHOUSE_CLERK, Roles.AUDITOR })
    @Operation(summary = "List products (paginated), optionally by active flag; search matches SKU or name")
    public Uni<Page<ProductResponse>> list(@Valid @BeanParam PageParams paging, @QueryParam("active") String active,
            @QueryParam("search") @Size(max = 100) String search) {
        ProductFilter filter = new ProductFilter(QueryParams.flag("active", active), search);
        return products.search(caller.tenantId(), filter, PageRequest.of(paging, SORTABLE, "createdAt"))
                .map(page -> page.map(ProductResponse::of));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.INVENTORY_MANAGER, Roles.WAREHOUSE_CLERK, Roles.AUDITOR })
    @Operation(summary = "Get a product; the ETag is its version")
    public Uni<Response> get(@PathParam("id") UUID id) {
        return products.find(caller.tenantId(), id)
                .map(product -> ETags.ok(ProductResponse.of(product), product.version()));
    }

    @PATCH
    @Path("/{id}")
    @RolesAllowed(Roles.INVENTORY_MANAGER)
    @CustomDeserialization(OnlyKnownFields.class)
    @Operation(summary = "Change a product's SKU, name or unit, or (de)activate it; omitted fields stay as they are. "
            + "If-Match (optional) guards against lost updates")
    public Uni<Response> update(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull UpdateProductRequest request) {
        return products.update(new UpdateProductCommand(caller.actor(), id, ETags.parse(ifMatch), request.sku(),
                        request.name(), request.unit(), request.active()))
                .map(product -> ETags.ok(ProductResponse.of(product), product.version()));
    }
}
