package dev.opsuite.fleet.documents.application.port.in;

import dev.opsuite.fleet.documents.domain.DocumentStatus;
import dev.opsuite.fleet.documents.domain.DocumentType;
import dev.opsuite.fleet.documents.domain.DocumentValidity;
import dev.opsuite.fleet.documents.domain.FleetDocument;
import dev.opsuite.fleet.documents.domain.HolderKind;
import dev.opsuite.fleet.kernel.SubjectRef;
import dev.opsuite.fleet.kernel.SubjectType;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import dev.opsuite.support.tenancy.Actor;
import io.smallrye.mutiny.Uni;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The documents of vehicles, trailers and drivers. Every change reassesses the transport unit the
 * holder is in, in the same transaction.
 */
public interface ManageDocumentsUseCase {

    record AddDocumentCommand(Actor actor, SubjectRef subject, FleetDocument.Entry entry) {
    }

    /** Null leaves a field as it is; the type and the holder are fixed. */
    record UpdateDocumentCommand(Actor actor, SubjectRef subject, UUID documentId, Long expectedVersion, String number,
            LocalDate validFrom, LocalDate validUntil, String note) {
    }

    record RemoveDocumentCommand(Actor actor, SubjectRef subject, UUID documentId, Long expectedVersion) {
    }

    /** One document and where it stands today. */
    record DocumentView(FleetDocument document, DocumentValidity validity) {
    }

    /** A holder's documents and their traffic light on {@code today}, with the window used. */
    record DocumentOverview(SubjectRef subject, HolderKind holder, LocalDate today, int warningDays,
            Set<DocumentType> required, DocumentStatus status, List<DocumentView> documents) {
    }

    /**
     * The expiring list's filter.
     *
     * @param withinDays     documents whose validity ends within this many days from today
     * @param subjectTypes   whose documents (never empty: the caller's role decides what it may see)
     * @param includeExpired also those that have already ended (and were not renewed)
     */
    record ExpiringFilter(int withinDays, Set<SubjectType> subjectTypes, DocumentType type, boolean includeExpired) {
    }

    /** A document that needs renewing: it ends within the window (or has ended), and no renewal follows it. */
    record ExpiringDocument(FleetDocument document, DocumentValidity validity, long daysLeft, String subjectLabel) {
    }

    Uni<DocumentView> add(AddDocumentCommand command);

    Uni<DocumentView> update(UpdateDocumentCommand command);

    Uni<Void> remove(RemoveDocumentCommand command);

    Uni<DocumentView> find(String tenantId, SubjectRef subject, UUID documentId);

    Uni<DocumentOverview> overview(String tenantId, SubjectRef subject);

    Uni<Page<ExpiringDocument>> expiring(String tenantId, ExpiringFilter filter, PageRequest page);

    /** The warning window configured for the service ({@code fleet.documents.expiry-warning-days}). */
    int defaultWarningDays();
}
