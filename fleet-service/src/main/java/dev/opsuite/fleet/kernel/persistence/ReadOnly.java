package dev.opsuite.fleet.kernel.persistence;

import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.Map;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * Loads entities read-only: they are neither snapshotted nor checked at flush. Readiness reads every
 * member and document of hundreds of units in one transaction whose outbox statements each flush the
 * session; read-only, those rows cost nothing at each flush. (Panache's reactive queries take no hints.)
 */
public final class ReadOnly {

    private ReadOnly() {
    }

    public static <E> Uni<List<E>> list(Uni<Mutiny.Session> session, Class<E> type, String where, Map<String, Object> parameters) {
        return session.chain(s -> {
            Mutiny.SelectionQuery<E> query = s.createSelectionQuery("from " + type.getSimpleName() + " where " + where, type);
            parameters.forEach(query::setParameter);
            return query.setReadOnly(true).getResultList();
        });
    }
}
