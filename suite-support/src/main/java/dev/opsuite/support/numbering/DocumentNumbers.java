package dev.opsuite.support.numbering;

import dev.opsuite.support.application.DocumentNumbering;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Human-readable, gap-free document numbers such as {@code TDN-2026-000042}: one counter per
 * tenant, kind and year. Call inside the transaction that creates the document.
 */
@ApplicationScoped
public class DocumentNumbers implements DocumentNumbering {

    private static final String NEXT = """
            insert into document_sequence (tenant_id, kind, year, last_value) values (?1, ?2, ?3, 1)
            on conflict (tenant_id, kind, year) do update set last_value = document_sequence.last_value + 1
            returning last_value""";

    @Override
    public Uni<String> next(String tenantId, String prefix, int year) {
        return Panache.getSession().chain(session -> session.createNativeQuery(NEXT, Long.class)
                        .setParameter(1, tenantId)
                        .setParameter(2, prefix)
                        .setParameter(3, year)
                        .getSingleResult())
                .map(value -> format(prefix, year, value));
    }

    static String format(String prefix, int year, long value) {
        return String.format("%s-%d-%06d", prefix, year, value);
    }
}
