package dev.opsuite.fleet.service.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Seed 004, scenario 2: the workshops nearest to a broken-down vehicle. Of the candidates (the
 * database narrows them to a bounding box first), those that are active, offer the service and lie
 * within the radius by great-circle distance, nearest first (then by rating, best first, then name).
 */
public final class NearbyProviders {

    private NearbyProviders() {
    }

    /** A provider and how far it is, in km rounded half-up to one decimal. */
    public record Nearby(ServiceProvider provider, BigDecimal distanceKm) {
    }

    public static List<Nearby> nearest(Collection<ServiceProvider> candidates, GeoPoint from, double radiusKm,
            String service, int limit) {
        record Measured(ServiceProvider provider, double km) {
        }
        Comparator<Measured> order = Comparator.comparingDouble(Measured::km)
                .thenComparing(m -> m.provider().rating(), Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(m -> m.provider().name());
        return candidates.stream()
                .filter(p -> p.active() && p.offers(service))
                .map(p -> new Measured(p, GeoDistance.km(from, p.location())))
                .filter(m -> m.km() <= radiusKm)
                .sorted(order)
                .limit(limit)
                .map(m -> new Nearby(m.provider(), BigDecimal.valueOf(m.km()).setScale(1, RoundingMode.HALF_UP)))
                .toList();
    }
}
