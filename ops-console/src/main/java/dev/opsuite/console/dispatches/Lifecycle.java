package dev.opsuite.console.dispatches;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What the dispatch's status allows, as dispatch-service's lifecycle says (README): PENDING/DRAFT → SCHEDULED →
 * DISPATCHED → COMPLETED → CLOSED, cancel before COMPLETED, edit before DISPATCHED. Only to offer the right buttons:
 * the service decides, and its refusal is shown.
 */
public final class Lifecycle {

    /** A lifecycle step that takes no input: its path segment in the API and its button. */
    public record Step(String action, String label) {
    }

    static final Step SCHEDULE = new Step("schedule", "Schedule");
    static final Step DISPATCH = new Step("dispatch", "Dispatch");
    static final Step CLOSE = new Step("close", "Close");

    /** The steps without input (a row's quick actions). */
    static final Set<String> STEPS = Set.of(SCHEDULE.action(), DISPATCH.action(), CLOSE.action());

    private Lifecycle() {
    }

    public static List<Step> quickSteps(String status) {
        return switch (status == null ? "" : status) {
            case "PENDING", "DRAFT" -> List.of(SCHEDULE);
            case "SCHEDULED" -> List.of(DISPATCH);
            case "COMPLETED" -> List.of(CLOSE);
            default -> List.of();
        };
    }

    /** What the user is told after a step: "scheduled", "dispatched", "closed". */
    static String done(String action) {
        return switch (action) {
            case "schedule" -> "scheduled";
            case "dispatch" -> "dispatched";
            case "close" -> "closed";
            default -> action;
        };
    }

    public static boolean editable(String status) {
        return Set.of("PENDING", "DRAFT", "SCHEDULED").contains(status);
    }

    public static boolean cancellable(String status) {
        return Set.of("PENDING", "DRAFT", "SCHEDULED", "DISPATCHED").contains(status);
    }

    /** Invoices are added and removed until the dispatch is completed (the service refuses afterwards). */
    public static boolean invoicesOpen(String status) {
        return cancellable(status);
    }

    /** The badge class of a status: under way ok, waiting warn, ended plain, cancelled bad. */
    public static String badge(String status) {
        return switch (status == null ? "" : status) {
            case "SCHEDULED", "DISPATCHED", "COMPLETED" -> "ok";
            case "PENDING", "DRAFT" -> "warn";
            case "CANCELLED" -> "bad";
            default -> "";
        };
    }

    /** A proof the service would not take (413 too large, 415 not an image): the user picks another file. */
    static boolean refusedUpload(int status) {
        return status == 413 || status == 415;
    }

    /** The If-Match header of a version the page read. */
    public static String ifMatch(long version) {
        return "\"" + version + "\"";
    }

    /** The If-Match of a version a form sent back, none when the form had none. */
    static String ifMatch(String version) {
        return version == null || version.isBlank() ? null : "\"" + version.strip() + "\"";
    }

    public static String shortId(UUID id) {
        return id == null ? "" : id.toString().substring(0, 8);
    }
}
