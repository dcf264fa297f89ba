package dev.opsuite.fleet.documents.application.port.out;

import dev.opsuite.fleet.documents.application.port.in.ManageDocumentsUseCase.ExpiringFilter;
import dev.opsuite.fleet.documents.domain.FleetDocument;
import dev.opsuite.fleet.kernel.SubjectRef;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import io.smallrye.mutiny.Uni;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where fleet documents are kept. Every method is scoped to one tenant. */
public interface DocumentStore {

    Uni<Optional<FleetDocument>> find(String tenantId, UUID id);

    /** Every document of these holders (renewals and history included). */
    Uni<List<FleetDocument>> ofSubjects(String tenantId, Collection<SubjectRef> subjects);

    /** Documents ending by {@code today + withinDays} (from {@code today} on unless expired ones are asked for), not followed by a renewal. */
    Uni<Page<FleetDocument>> expiring(String tenantId, ExpiringFilter filter, LocalDate today, PageRequest page);

    /** How many documents not followed by a renewal end within {@code today + withinDays} ({@code expiringSoon}) or have ended ({@code expired}). */
    record ExpiryCounts(long expiringSoon, long expired) {
    }

    Uni<ExpiryCounts> countNeedingRenewal(String tenantId, LocalDate today, int withinDays);

    Uni<FleetDocument> add(FleetDocument document);

    /** Writes the change now and answers the document at its new version. */
    Uni<FleetDocument> save(FleetDocument document);

    Uni<Void> remove(String tenantId, UUID id);
}
