package dev.opsuite.fleet.documents.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which documents a holder must have and may have (seed 004), and what its documents say on a
 * given day.
 *
 * <p>Required: a heavy truck (LKV) registration, insurance, annual inspection (STK), tachograph
 * calibration and CMR insurance; a light vehicle (PKV) registration, insurance and annual
 * inspection; a trailer registration and annual inspection, a frigo trailer also the refrigeration
 * service; a driver the driving licence, the driver (tachograph) card and the professional
 * qualification card (code 95). A vehicle may also carry KASKO insurance, a trailer insurance.
 *
 * <p>A document type is GREEN when documents cover today and, without a gap, beyond the warning
 * window; YELLOW when that cover ends within the window ({@code fleet.documents.expiry-warning-days},
 * 30 by default; a document ending on today + window is yellow, one ending a day later green);
 * RED when every document of the type has ended, or when a required type has no document valid
 * today. A renewal entered ahead (starting at the latest the day after the current one ends)
 * extends the cover, so the type stays green. The holder's state is the worst of its types.
 */
public final class DocumentPolicy {

    public static final int DEFAULT_WARNING_DAYS = 30;

    private static final Map<HolderKind, Set<DocumentType>> REQUIRED = new EnumMap<>(HolderKind.class);
    private static final Map<HolderKind, Set<DocumentType>> ALLOWED = new EnumMap<>(HolderKind.class);

    static {
        REQUIRED.put(HolderKind.LKV, EnumSet.of(DocumentType.REGISTRATION, DocumentType.INSURANCE,
                DocumentType.ANNUAL_INSPECTION, DocumentType.TACHOGRAPH_CALIBRATION, DocumentType.CMR_INSURANCE));
        REQUIRED.put(HolderKind.PKV, EnumSet.of(DocumentType.REGISTRATION, DocumentType.INSURANCE,
                DocumentType.ANNUAL_INSPECTION));
        REQUIRED.put(HolderKind.TRAILER, EnumSet.of(DocumentType.REGISTRATION, DocumentType.ANNUAL_INSPECTION));
        REQUIRED.put(HolderKind.FRIGO_TRAILER, EnumSet.of(DocumentType.REGISTRATION, DocumentType.ANNUAL_INSPECTION,
                DocumentType.REFRIGERATION_SERVICE));
        REQUIRED.put(HolderKind.DRIVER, EnumSet.of(DocumentType.DRIVING_LICENCE, DocumentType.DRIVER_CARD,
                DocumentType.PROFESSIONAL_QUALIFICATION));

        ALLOWED.put(HolderKind.LKV, with(REQUIRED.get(HolderKind.LKV), DocumentType.KASKO_INSURANCE));
        ALLOWED.put(HolderKind.PKV, with(REQUIRED.get(HolderKind.PKV), DocumentType.KASKO_INSURANCE));
        ALLOWED.put(HolderKind.TRAILER, with(REQUIRED.get(HolderKind.TRAILER), DocumentType.INSURANCE));
        ALLOWED.put(HolderKind.FRIGO_TRAILER, with(REQUIRED.get(HolderKind.FRIGO_TRAILER), DocumentType.INSURANCE));
        ALLOWED.put(HolderKind.DRIVER, EnumSet.copyOf(REQUIRED.get(HolderKind.DRIVER)));
    }

    private final int warningDays;

    public DocumentPolicy(int warningDays) {
        if (warningDays < 0) {
            throw new IllegalArgumentException("the warning window cannot be negative: " + warningDays);
        }
        this.warningDays = warningDays;
    }

    /** The documents a holder of this kind must have valid to be all green or yellow. */
    public static Set<DocumentType> required(HolderKind holder) {
        return Collections.unmodifiableSet(REQUIRED.get(holder));
    }

    /** The documents a holder of this kind may carry: the required ones and the optional ones. */
    public static Set<DocumentType> allowed(HolderKind holder) {
        return Collections.unmodifiableSet(ALLOWED.get(holder));
    }

    public int warningDays() {
        return warningDays;
    }

    /** Where one document stands on {@code today}. */
    public DocumentValidity validity(FleetDocument document, LocalDate today) {
        if (document.validFrom().isAfter(today)) {
            return DocumentValidity.NOT_YET_VALID;
        }
        if (document.validUntil() == null) {
            return DocumentValidity.VALID;
        }
        if (document.validUntil().isBefore(today)) {
            return DocumentValidity.EXPIRED;
        }
        return document.validUntil().isAfter(today.plusDays(warningDays)) ? DocumentValidity.VALID : DocumentValidity.EXPIRING;
    }

    /** The state of a holder's documents on {@code today}; documents of other holders must not be passed. */
    public DocumentStatus evaluate(HolderKind holder, Collection<FleetDocument> documents, LocalDate today) {
        Map<DocumentType, List<FleetDocument>> byType = new EnumMap<>(DocumentType.class);
        for (DocumentType type : REQUIRED.get(holder)) {
            byType.put(type, new ArrayList<>());
        }
        for (FleetDocument document : documents) {
            byType.computeIfAbsent(document.type(), t -> new ArrayList<>()).add(document);
        }
        List<DocumentStatus.TypeStatus> lines = new ArrayList<>();
        DocumentState state = DocumentState.GREEN;
        for (Map.Entry<DocumentType, List<FleetDocument>> entry : byType.entrySet()) {
            DocumentStatus.TypeStatus line = line(entry.getKey(), REQUIRED.get(holder).contains(entry.getKey()),
                    entry.getValue(), today);
            if (line != null) {
                lines.add(line);
                state = state.worse(line.state());
            }
        }
        return new DocumentStatus(state, List.copyOf(lines));
    }

    /** One type; null for an optional type whose only documents start later (nothing to say yet). */
    private DocumentStatus.TypeStatus line(DocumentType type, boolean required, List<FleetDocument> documents,
            LocalDate today) {
        FleetDocument covering = null;
        for (FleetDocument d : documents) {
            if (d.coversDay(today) && (covering == null || endsLater(d.validUntil(), covering.validUntil()))) {
                covering = d;
            }
        }
        if (covering != null) {
            LocalDate coveredUntil = extend(covering.validUntil(), documents);
            boolean expiring = coveredUntil != null && !coveredUntil.isAfter(today.plusDays(warningDays));
            return new DocumentStatus.TypeStatus(type, required, expiring ? DocumentState.YELLOW : DocumentState.GREEN,
                    expiring ? DocumentIssue.EXPIRING : null, coveredUntil, covering.id());
        }
        boolean anyEnded = documents.stream().anyMatch(d -> d.validUntil() != null && d.validUntil().isBefore(today));
        if (anyEnded) {
            return new DocumentStatus.TypeStatus(type, required, DocumentState.RED, DocumentIssue.EXPIRED, null, null);
        }
        if (!required) {
            return null;
        }
        return new DocumentStatus.TypeStatus(type, true, DocumentState.RED,
                documents.isEmpty() ? DocumentIssue.MISSING : DocumentIssue.NOT_YET_VALID, null, null);
    }

    /** Follows renewals that start at the latest the day after the cover ends; null = the cover does not end. */
    private static LocalDate extend(LocalDate coveredUntil, List<FleetDocument> documents) {
        LocalDate until = coveredUntil;
        boolean moved = until != null;
        while (moved) {
            moved = false;
            for (FleetDocument d : documents) {
                if (!d.validFrom().isAfter(until.plusDays(1)) && endsLater(d.validUntil(), until)) {
                    until = d.validUntil();
                    moved = until != null;
                    break;
                }
            }
        }
        return until;
    }

    /** Whether {@code a} ends later than {@code b}; null means never. */
    private static boolean endsLater(LocalDate a, LocalDate b) {
        if (a == null) {
            return b != null;
        }
        return b != null && a.isAfter(b);
    }

    private static Set<DocumentType> with(Set<DocumentType> base, DocumentType extra) {
        Set<DocumentType> set = EnumSet.copyOf(base);
        set.add(extra);
        return set;
    }
}
