package dev.opsuite.fleet.service.domain;

import dev.opsuite.support.domain.Envelope;
import dev.opsuite.support.domain.Enveloped;
import dev.opsuite.support.domain.Result;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * An external workshop of the directory (seed 004, scenario 2: "System finds nearby services"): where
 * it is, how it is rated (0 to 5, one decimal) and which services it offers, as short lower-case
 * tags ({@code engine}, {@code electrical}, {@code tyres}, {@code man-trucks}...).
 */
public final class ServiceProvider implements Enveloped {

    private static final Pattern SERVICE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final BigDecimal MAX_RATING = BigDecimal.valueOf(5);

    private Envelope envelope;
    private String name;
    private String address;
    private GeoPoint location;
    private BigDecimal rating;
    private List<String> services;
    private String phone;
    private boolean active;

    public ServiceProvider(Envelope envelope, String name, String address, GeoPoint location, BigDecimal rating,
            List<String> services, String phone, boolean active) {
        this.envelope = envelope;
        this.name = name;
        this.address = address;
        this.location = location;
        this.rating = rating;
        this.services = List.copyOf(services);
        this.phone = phone;
        this.active = active;
    }

    /** What a provider is listed with; rating and phone are optional. */
    public record Listing(String name, String address, GeoPoint location, BigDecimal rating, Collection<String> services,
            String phone) {
    }

    public static Result<ServiceProvider> register(UUID id, String tenantId, Listing listing, String by, Instant now) {
        if (listing.location() == null) {
            return Result.invalid("location-required", "latitude", "A provider needs its latitude and longitude.");
        }
        Result<BigDecimal> rating = rating(listing.rating());
        if (rating instanceof Result.Rejected<BigDecimal> r) {
            return r.map(x -> null);
        }
        Result<List<String>> services = services(listing.services());
        if (services instanceof Result.Rejected<List<String>> r) {
            return r.map(x -> null);
        }
        return Result.accepted(new ServiceProvider(Envelope.created(id, tenantId, by, now), listing.name().strip(),
                listing.address().strip(), listing.location(), listing.rating(),
                ((Result.Accepted<List<String>>) services).value(), blankToNull(listing.phone()), true));
    }

    /** Changes what is given (null = unchanged); a location is changed as a whole. */
    @SuppressWarnings("java:S107")
    public Result<ServiceProvider> update(String newName, String newAddress, GeoPoint newLocation, BigDecimal newRating,
            Collection<String> newServices, String newPhone, Boolean newActive, String by, Instant now) {
        if (newRating != null && rating(newRating) instanceof Result.Rejected<BigDecimal> r) {
            return r.map(x -> null);
        }
        List<String> tags = services;
        if (newServices != null) {
            Result<List<String>> checked = services(newServices);
            if (checked instanceof Result.Rejected<List<String>> r) {
                return r.map(x -> null);
            }
            tags = ((Result.Accepted<List<String>>) checked).value();
        }
        name = newName == null ? name : newName.strip();
        address = newAddress == null ? address : newAddress.strip();
        location = newLocation == null ? location : newLocation;
        rating = newRating == null ? rating : newRating;
        services = tags;
        phone = newPhone == null ? phone : blankToNull(newPhone);
        active = newActive == null ? active : newActive;
        envelope = envelope.touched(by, now);
        return Result.accepted(this);
    }

    public boolean offers(String service) {
        return service == null || services.contains(normalizeService(service));
    }

    /** A service tag as it is stored and compared: trimmed, lower case, blanks as hyphens. */
    public static String normalizeService(String service) {
        return service.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", "-");
    }

    private static Result<BigDecimal> rating(BigDecimal rating) {
        if (rating == null) {
            return Result.accepted(null);
        }
        if (rating.signum() < 0 || rating.compareTo(MAX_RATING) > 0 || rating.stripTrailingZeros().scale() > 1) {
            return Result.invalid("invalid-rating", "rating", "rating is from 0 to 5 with one decimal, like 4.5.");
        }
        return Result.accepted(rating);
    }

    private static Result<List<String>> services(Collection<String> given) {
        if (given == null || given.isEmpty()) {
            return Result.invalid("services-required", "services", "Name at least one service the provider offers.");
        }
        TreeSet<String> tags = new TreeSet<>();
        int i = 0;
        for (String service : given) {
            String tag = service == null ? "" : normalizeService(service);
            if (tag.length() > 40 || !SERVICE.matcher(tag).matches()) {
                return Result.invalid("invalid-service", "services[" + i + "]",
                        "A service is a short tag of letters, digits and hyphens, like engine or tyres.");
            }
            tags.add(tag);
            i++;
        }
        return Result.accepted(List.copyOf(tags));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    @Override
    public Envelope envelope() { return envelope; }
    public String name() { return name; }
    public String address() { return address; }
    public GeoPoint location() { return location; }
    public BigDecimal rating() { return rating; }
    public List<String> services() { return services; }
    public String phone() { return phone; }
    public boolean active() { return active; }
    public String createdBy() { return envelope.createdBy(); }
    public Instant createdAt() { return envelope.createdAt(); }
    public String updatedBy() { return envelope.updatedBy(); }
    public Instant updatedAt() { return envelope.updatedAt(); }
}
