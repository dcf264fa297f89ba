package dev.opsuite.fleet.documents.interfaces.rest;

import static dev.opsuite.fleet.kernel.rest.FleetRequests.NOT_BLANK;

import dev.opsuite.fleet.documents.application.port.in.ManageDocumentsUseCase.DocumentOverview;
import dev.opsuite.fleet.documents.application.port.in.ManageDocumentsUseCase.DocumentView;
import dev.opsuite.fleet.documents.application.port.in.ManageDocumentsUseCase.ExpiringDocument;
import dev.opsuite.fleet.documents.domain.DocumentStatus;
import dev.opsuite.fleet.documents.domain.DocumentType;
import dev.opsuite.fleet.documents.domain.FleetDocument;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Request and response bodies of fleet documents. */
final class DocumentDtos {

    private DocumentDtos() {
    }

    /** {@code validUntil} is the last valid day; without it the document does not expire. */
    record AddDocumentRequest(
            @NotNull DocumentType type,
            @NotBlank @Size(max = 64) String number,
            @NotNull LocalDate validFrom,
            LocalDate validUntil,
            @Size(max = 500) String note) {

        FleetDocument.Entry toDomain() {
            return new FleetDocument.Entry(type, number, validFrom, validUntil, note);
        }
    }

    /** All fields optional, null = unchanged. The type and the holder are fixed. */
    record UpdateDocumentRequest(
            @Pattern(regexp = NOT_BLANK, message = "must not be blank") @Size(max = 64) String number,
            LocalDate validFrom,
            LocalDate validUntil,
            @Size(max = 500) String note) {
    }

    record DocumentResponse(UUID id, String subjectType, UUID subjectId, String type, String number, LocalDate validFrom,
            LocalDate validUntil, String validity, String note, String createdBy, Instant createdAt, String updatedBy,
            Instant updatedAt, long version) {

        static DocumentResponse of(DocumentView view) {
            FleetDocument d = view.document();
            return new DocumentResponse(d.id(), d.subject().type().name(), d.subject().id(), d.type().name(), d.number(),
                    d.validFrom(), d.validUntil(), view.validity().name(), d.note(), d.envelope().createdBy(),
                    d.envelope().createdAt(), d.envelope().updatedBy(), d.envelope().updatedAt(), d.version());
        }
    }

    /** One document type of a holder: its traffic light and, when not green, why. */
    record TypeStateResponse(String type, boolean required, String state, String issue, LocalDate coveredUntil,
            UUID coveringDocumentId) {

        static TypeStateResponse of(DocumentStatus.TypeStatus t) {
            return new TypeStateResponse(t.type().name(), t.required(), t.state().name(),
                    t.issue() == null ? null : t.issue().name(), t.coveredUntil(), t.coveringDocumentId());
        }
    }

    /** A holder's documents: its traffic light, as judged on {@code evaluatedOn} with the warning window. */
    record DocumentsResponse(String subjectType, UUID subjectId, String holderKind, String state, LocalDate evaluatedOn,
            int warningDays, List<String> required, List<TypeStateResponse> types, List<DocumentResponse> documents) {

        static DocumentsResponse of(DocumentOverview o) {
            return new DocumentsResponse(o.subject().type().name(), o.subject().id(), o.holder().name(),
                    o.status().state().name(), o.today(), o.warningDays(),
                    o.required().stream().map(Enum::name).sorted().toList(),
                    o.status().types().stream().map(TypeStateResponse::of).toList(),
                    o.documents().stream().map(DocumentResponse::of).toList());
        }
    }

    /** A document to renew: {@code daysLeft} is negative once it has ended. */
    record ExpiringDocumentResponse(UUID id, String subjectType, UUID subjectId, String subjectLabel, String type,
            String number, LocalDate validFrom, LocalDate validUntil, long daysLeft, String validity) {

        static ExpiringDocumentResponse of(ExpiringDocument e) {
            FleetDocument d = e.document();
            return new ExpiringDocumentResponse(d.id(), d.subject().type().name(), d.subject().id(), e.subjectLabel(),
                    d.type().name(), d.number(), d.validFrom(), d.validUntil(), e.daysLeft(), e.validity().name());
        }
    }
}
