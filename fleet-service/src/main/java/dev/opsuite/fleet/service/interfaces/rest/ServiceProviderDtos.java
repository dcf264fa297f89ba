package dev.opsuite.fleet.service.interfaces.rest;

import dev.opsuite.fleet.service.domain.GeoPoint;
import dev.opsuite.fleet.service.domain.NearbyProviders;
import dev.opsuite.fleet.service.domain.ServiceProvider;
import dev.opsuite.support.application.Rejection;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Request and response bodies of the service provider directory. */
final class ServiceProviderDtos {

    /** A value that, when given, is not blank (null means "not given"). */
    static final String NOT_BLANK = "(?s).*\\S.*";
    static final String PHONE = "\\+?[0-9 ()/.-]{5,30}";
    static final int PHONE_LENGTH = 31;

    private ServiceProviderDtos() {
    }

    record RegisterProviderRequest(
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Size(max = 500) String address,
            @NotNull @DecimalMin("-90") @DecimalMax("90") Double latitude,
            @NotNull @DecimalMin("-180") @DecimalMax("180") Double longitude,
            @DecimalMin("0.0") @DecimalMax("5.0") @Digits(integer = 1, fraction = 1) BigDecimal rating,
            @NotEmpty @Size(max = 30) List<@NotBlank @Size(max = 40) String> services,
            @Size(max = PHONE_LENGTH) @Pattern(regexp = PHONE, message = "must be a phone number like +48 71 123 45 67")
            String phone) {

        ServiceProvider.Listing toDomain() {
            return new ServiceProvider.Listing(name, address, new GeoPoint(latitude, longitude), rating, services, phone);
        }
    }

    /** All fields optional, null = unchanged; latitude and longitude change together. */
    record UpdateProviderRequest(
            @Pattern(regexp = NOT_BLANK, message = "must not be blank") @Size(max = 200) String name,
            @Pattern(regexp = NOT_BLANK, message = "must not be blank") @Size(max = 500) String address,
            @DecimalMin("-90") @DecimalMax("90") Double latitude,
            @DecimalMin("-180") @DecimalMax("180") Double longitude,
            @DecimalMin("0.0") @DecimalMax("5.0") @Digits(integer = 1, fraction = 1) BigDecimal rating,
            @Size(min = 1, max = 30) List<@NotBlank @Size(max = 40) String> services,
            @Size(max = PHONE_LENGTH) @Pattern(regexp = PHONE, message = "must be a phone number like +48 71 123 45 67")
            String phone,
            Boolean active) {

        GeoPoint location() {
            return Rejection.orThrow(GeoPoint.of("", latitude, longitude));
        }
    }

    record ProviderResponse(UUID id, String name, String address, double latitude, double longitude, BigDecimal rating,
            List<String> services, String phone, boolean active, String createdBy, Instant createdAt, String updatedBy,
            Instant updatedAt, long version) {

        static ProviderResponse of(ServiceProvider p) {
            return new ProviderResponse(p.id(), p.name(), p.address(), p.location().latitude(), p.location().longitude(),
                    p.rating(), p.services(), p.phone(), p.active(), p.createdBy(), p.createdAt(), p.updatedBy(),
                    p.updatedAt(), p.version());
        }
    }

    /** A provider near the point asked about, and how far it is (km, one decimal). */
    record NearbyProviderResponse(UUID id, String name, String address, double latitude, double longitude,
            BigDecimal rating, List<String> services, String phone, BigDecimal distanceKm) {

        static NearbyProviderResponse of(NearbyProviders.Nearby n) {
            ServiceProvider p = n.provider();
            return new NearbyProviderResponse(p.id(), p.name(), p.address(), p.location().latitude(),
                    p.location().longitude(), p.rating(), p.services(), p.phone(), n.distanceKm());
        }
    }

    record NearbyResponse(double latitude, double longitude, double radiusKm, String service,
            List<NearbyProviderResponse> items) {
    }

    /** A decimal query parameter; a malformed one is a 400 naming it (as QueryParams does for the other types). */
    static Double decimal(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            double parsed = Double.parseDouble(value.strip());
            if (Double.isNaN(parsed) || Double.isInfinite(parsed)) {
                throw new NumberFormatException(value);
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw Rejection.invalid("malformed-parameter", name, name + " must be a number; '" + value + "' is not.").toException();
        }
    }

    /** A number parameter within bounds, or its default; 400 naming it otherwise. */
    static double within(String name, Double value, double defaultValue, double min, boolean minInclusive, double max) {
        double v = value == null ? defaultValue : value;
        if ((minInclusive ? v < min : v <= min) || v > max) {
            throw Rejection.invalid("invalid-parameter", name, name + " must be " + (minInclusive ? "from " : "above ") + min
                    + " to " + max + ".").toException();
        }
        return v;
    }
}
