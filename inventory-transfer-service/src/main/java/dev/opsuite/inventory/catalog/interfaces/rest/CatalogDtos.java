package dev.opsuite.inventory.catalog.interfaces.rest;

import dev.opsuite.inventory.catalog.domain.Location;
import dev.opsuite.inventory.catalog.domain.LocationType;
import dev.opsuite.inventory.catalog.domain.Product;
import dev.opsuite.support.application.Rejection;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/** Request and response bodies of locations and products. */
final class CatalogDtos {

    /** A value that, when given, is not blank (null means "not given"). */
    static final String NOT_BLANK = "(?s).*\\S.*";

    private CatalogDtos() {
    }

    record OpenLocationRequest(
            @NotNull LocationType type,
            @NotBlank @Size(max = 200) String name,
            @Pattern(regexp = NOT_BLANK, message = "must not be blank") @Size(max = 64) String code,
            @Size(max = 500) String address,
            UUID vehicleId) {
    }

    /** All fields optional, null = unchanged; {@code type} and {@code vehicleId} are not editable (see {@link dev.opsuite.support.rest.OnlyKnownFields}). */
    record UpdateLocationRequest(
            @Pattern(regexp = NOT_BLANK, message = "must not be blank") @Size(max = 200) String name,
            @Pattern(regexp = NOT_BLANK, message = "must not be blank") @Size(max = 64) String code,
            @Size(max = 500) String address,
            Boolean active) {
    }

    record LocationResponse(UUID id, String type, String name, String code, String address, UUID vehicleId,
            boolean active, String createdBy, Instant createdAt, String updatedBy, Instant updatedAt, long version) {

        static LocationResponse of(Location l) {
            return new LocationResponse(l.id(), l.type().name(), l.name(), l.code(), l.address(), l.vehicleId(),
                    l.active(), l.envelope().createdBy(), l.envelope().createdAt(), l.envelope().updatedBy(), l.envelope().updatedAt(), l.version());
        }
    }

    record RegisterProductRequest(
            @NotBlank @Size(max = 100) String sku,
            @NotBlank @Size(max = 200) String name,
            @Size(max = 20) String unit) {
    }

    /** All fields optional, null = unchanged. */
    record UpdateProductRequest(
            @Pattern(regexp = NOT_BLANK, message = "must not be blank") @Size(max = 100) String sku,
            @Pattern(regexp = NOT_BLANK, message = "must not be blank") @Size(max = 200) String name,
            @Pattern(regexp = NOT_BLANK, message = "must not be blank") @Size(max = 20) String unit,
            Boolean active) {
    }

    record ProductResponse(UUID id, String sku, String name, String unit, boolean active, String createdBy,
            Instant createdAt, String updatedBy, Instant updatedAt, long version) {

        static ProductResponse of(Product p) {
            return new ProductResponse(p.id(), p.sku(), p.name(), p.unit(), p.active(), p.envelope().createdBy(), p.envelope().createdAt(),
                    p.envelope().updatedBy(), p.envelope().updatedAt(), p.version());
        }
    }

    /** Surrounding spaces are not part of a code or an address. */
    static String stripped(String value) {
        return value == null ? null : value.strip();
    }

}
