package dev.opsuite.field.estimates.interfaces.rest;

import dev.opsuite.field.estimates.application.port.in.PricingSettingsUseCase;
import dev.opsuite.field.estimates.interfaces.rest.PricingDtos.SettingsRequest;
import dev.opsuite.field.estimates.interfaces.rest.PricingDtos.SettingsResponse;
import dev.opsuite.field.kernel.rest.Roles;
import dev.opsuite.support.tenancy.Caller;
import dev.opsuite.support.rest.OnlyKnownFields;
import io.quarkus.resteasy.reactive.jackson.CustomDeserialization;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The business's pricing: currency, tax, labor rates and the owner's approval threshold. */
@Path("/pricing/settings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Pricing")
public class PricingSettingsResource {

    private final PricingSettingsUseCase settings;
    private final Caller caller;

    public PricingSettingsResource(PricingSettingsUseCase settings, Caller caller) {
        this.settings = settings;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({ Roles.OWNER, Roles.ESTIMATOR, Roles.FINANCE, Roles.ADMIN })
    @Operation(summary = "The business's pricing settings (404 until they are set)")
    public Uni<SettingsResponse> settings() {
        return settings.settings(caller.tenantId()).map(SettingsResponse::of);
    }

    @PUT
    @RolesAllowed({ Roles.OWNER, Roles.ADMIN })
    @CustomDeserialization(OnlyKnownFields.class)
    @Operation(summary = "Set the business's pricing settings")
    public Uni<SettingsResponse> set(@Valid @NotNull SettingsRequest request) {
        return settings.setSettings(caller.actor(), request.toDomain()).map(SettingsResponse::of);
    }
}
