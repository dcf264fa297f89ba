package dev.opsuite.field.quality.infrastructure.persistence;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** Quality's reads are one shape: a native query of a tenant's rows of a period (?1 tenant, ?2 from, ?3 to). */
final class PeriodRows {

    private PeriodRows() {
    }

    static Uni<List<Object[]>> of(String sql, String tenantId, Instant from, Instant to) {
        return Panache.getSession().chain(session -> session.createNativeQuery(sql, Object[].class)
                .setParameter(1, tenantId)
                .setParameter(2, from.atOffset(ZoneOffset.UTC))
                .setParameter(3, to.atOffset(ZoneOffset.UTC))
                .getResultList());
    }

    static Instant instant(Object value) {
        return value instanceof OffsetDateTime odt ? odt.toInstant() : (Instant) value;
    }
}
