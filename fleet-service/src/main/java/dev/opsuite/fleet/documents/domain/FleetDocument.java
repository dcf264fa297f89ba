package dev.opsuite.fleet.documents.domain;

import dev.opsuite.fleet.kernel.SubjectRef;

import dev.opsuite.support.domain.Envelope;
import dev.opsuite.support.domain.Enveloped;
import dev.opsuite.support.domain.Result;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A document of a vehicle, trailer or driver (seed 004): its type, number and validity. The
 * validity runs from {@code validFrom} to {@code validUntil}, both days included; a document
 * without {@code validUntil} does not expire (a registration, say). A renewal is a new document of
 * the same type; the old one stays as history.
 */
public final class FleetDocument implements Enveloped {

    private Envelope envelope;
    private final SubjectRef subject;
    private final DocumentType type;
    private String number;
    private LocalDate validFrom;
    private LocalDate validUntil;
    private String note;

    public FleetDocument(Envelope envelope, SubjectRef subject, DocumentType type, String number, LocalDate validFrom,
            LocalDate validUntil, String note) {
        this.envelope = envelope;
        this.subject = subject;
        this.type = type;
        this.number = number;
        this.validFrom = validFrom;
        this.validUntil = validUntil;
        this.note = note;
    }

    /** What a new document is entered with. */
    public record Entry(DocumentType type, String number, LocalDate validFrom, LocalDate validUntil, String note) {
    }

    /** A new document of {@code holder} ({@code subject}); the type must be one the holder's kind carries. */
    public static Result<FleetDocument> add(UUID id, String tenantId, SubjectRef subject, HolderKind holder, Entry entry,
            String by, Instant now) {
        if (holder.subjectType() != subject.type()) {
            throw new IllegalArgumentException(holder + " does not hold documents of a " + subject.type());
        }
        if (entry.type() == null) {
            return Result.invalid("document-type-required", "type", "Name the document type.");
        }
        if (!DocumentPolicy.allowed(holder).contains(entry.type())) {
            return Result.invalid("document-type-not-allowed", "type", "A " + label(holder) + " carries no "
                    + entry.type() + " document; it carries " + DocumentPolicy.allowed(holder) + ".");
        }
        Result<FleetDocument> invalid = check(entry.number(), entry.validFrom(), entry.validUntil());
        if (invalid != null) {
            return invalid;
        }
        FleetDocument document = new FleetDocument(Envelope.created(id, tenantId, by, now), subject, entry.type(),
                entry.number().strip(), entry.validFrom(), entry.validUntil(), blankToNull(entry.note()));
        return Result.accepted(document, document.changed(by, now));
    }

    /** Corrects the number, validity or note; null leaves a field as it is. The type and the holder cannot change. */
    public Result<FleetDocument> update(String newNumber, LocalDate newValidFrom, LocalDate newValidUntil, String newNote,
            String by, Instant now) {
        String n = newNumber == null ? number : newNumber;
        LocalDate from = newValidFrom == null ? validFrom : newValidFrom;
        LocalDate until = newValidUntil == null ? validUntil : newValidUntil;
        Result<FleetDocument> invalid = check(n, from, until);
        if (invalid != null) {
            return invalid;
        }
        number = n.strip();
        validFrom = from;
        validUntil = until;
        if (newNote != null) {
            note = blankToNull(newNote);
        }
        envelope = envelope.touched(by, now);
        return Result.accepted(this, changed(by, now));
    }

    /** The document was entered by mistake and is removed; its holder's units are reassessed without it. */
    public Result<FleetDocument> remove(String by, Instant now) {
        return Result.accepted(this, changed(by, now));
    }

    private DocumentChanged changed(String by, Instant now) {
        return new DocumentChanged(tenantId(), id(), subject, by, now);
    }

    /** Valid on {@code day}: started and not ended. */
    public boolean coversDay(LocalDate day) {
        return !validFrom.isAfter(day) && (validUntil == null || !validUntil.isBefore(day));
    }

    private static Result<FleetDocument> check(String number, LocalDate validFrom, LocalDate validUntil) {
        if (number == null || number.isBlank()) {
            return Result.invalid("document-number-required", "number", "A document has a number.");
        }
        if (validFrom == null) {
            return Result.invalid("valid-from-required", "validFrom", "A document is valid from a day.");
        }
        if (validUntil != null && validUntil.isBefore(validFrom)) {
            return Result.invalid("validity-ends-before-it-starts", "validUntil",
                    "validUntil (" + validUntil + ") is before validFrom (" + validFrom + ").");
        }
        return null;
    }

    private static String label(HolderKind holder) {
        return switch (holder) {
            case LKV -> "heavy truck (LKV)";
            case PKV -> "light vehicle (PKV)";
            case TRAILER -> "trailer";
            case FRIGO_TRAILER -> "frigo trailer";
            case DRIVER -> "driver";
        };
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public Envelope envelope() { return envelope; }
    public SubjectRef subject() { return subject; }
    public DocumentType type() { return type; }
    public String number() { return number; }
    public LocalDate validFrom() { return validFrom; }
    public LocalDate validUntil() { return validUntil; }
    public String note() { return note; }
}
