package dev.opsuite.fleet.documents.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The documents of one holder on one day: one line per document type that is required or was
 * entered, and the holder's traffic light, the worst of its lines.
 */
public record DocumentStatus(DocumentState state, List<TypeStatus> types) {

    /**
     * One document type of the holder.
     *
     * @param coveredUntil the last day the documents of this type cover without a gap from today;
     *                     null when nothing covers today, or when the cover does not end
     * @param coveringDocumentId the document valid today that ends last, or null
     */
    public record TypeStatus(DocumentType type, boolean required, DocumentState state, DocumentIssue issue,
            LocalDate coveredUntil, UUID coveringDocumentId) {
    }

    /** Every document is green or yellow: what the seed calls all_documents_valid. */
    public boolean allValid() {
        return state != DocumentState.RED;
    }

    /** A required type has no document valid today and none that ended (never entered, or only starting later). */
    public boolean anyMissing() {
        return types.stream().anyMatch(t -> t.issue() == DocumentIssue.MISSING || t.issue() == DocumentIssue.NOT_YET_VALID);
    }

    public boolean anyExpired() {
        return types.stream().anyMatch(t -> t.issue() == DocumentIssue.EXPIRED);
    }
}
