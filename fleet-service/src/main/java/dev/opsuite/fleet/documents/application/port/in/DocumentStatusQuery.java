package dev.opsuite.fleet.documents.application.port.in;

import dev.opsuite.fleet.documents.domain.DocumentStatus;
import dev.opsuite.fleet.documents.domain.HolderKind;
import dev.opsuite.fleet.kernel.SubjectRef;
import io.smallrye.mutiny.Uni;
import java.util.Map;

/** Where holders' documents stand today, for the capabilities that depend on them (transport units, the dashboard). */
public interface DocumentStatusQuery {

    /** How many documents of the tenant need renewing: ending within the warning window, or ended (none renewed). */
    record RenewalCounts(int warningDays, long expiringSoon, long expired) {
    }

    /** The traffic light of each holder's documents today ({@code DocumentPolicy}), by the kind each holder is. */
    Uni<Map<SubjectRef, DocumentStatus>> statuses(String tenantId, Map<SubjectRef, HolderKind> holders);

    Uni<RenewalCounts> needingRenewal(String tenantId);
}
