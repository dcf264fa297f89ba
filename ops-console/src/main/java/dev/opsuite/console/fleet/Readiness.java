package dev.opsuite.console.fleet;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;

import dev.opsuite.console.fleet.FleetViews.Document;
import dev.opsuite.console.fleet.FleetViews.Documents;
import dev.opsuite.console.fleet.FleetViews.Member;
import dev.opsuite.console.fleet.FleetViews.TypeState;
import dev.opsuite.console.fleet.FleetViews.Unit;

/**
 * Why a transport unit cannot take an order, in words a fleet manager acts on. fleet-service gives reason codes
 * ({@code VEHICLE_DOCUMENTS_EXPIRED}); for the documents ones the console reads the member's traffic light and names
 * each red document type (which document, of which truck, trailer or driver, since when), with the document to renew.
 */
public final class Readiness {

    /** One thing blocking a unit: whose, what, and the document to open for it (null when no document is at fault). */
    public record Blocker(String member, String text, Holder holder, UUID holderId, UUID documentId) {

        public boolean hasDocument() {
            return documentId != null;
        }
    }

    private Readiness() {
    }

    /**
     * The blockers of {@code unit}, in the service's order of reasons. {@code documents} reads a member's documents
     * (holder, id); an empty answer (the role may not read them) leaves the bare reason.
     */
    public static List<Blocker> blockers(Unit unit, BiFunction<Holder, UUID, Optional<Documents>> documents) {
        List<Blocker> blockers = new ArrayList<>();
        Map<Holder, Boolean> documentsExplained = new LinkedHashMap<>();
        for (String reason : unit.reasons()) {
            Holder holder = holderOf(reason);
            Member member = holder == null ? null : member(unit, holder);
            String who = member == null ? "Unit" : holder.label() + " " + member.label();
            if (reason.contains("_DOCUMENTS_") && member != null) {
                if (documentsExplained.putIfAbsent(holder, true) != null) {
                    continue;
                }
                Optional<Documents> read = documents.apply(holder, member.id());
                List<Blocker> named = read.map(d -> red(who, holder, member.id(), d)).orElse(List.of());
                if (named.isEmpty()) {
                    blockers.add(new Blocker(who, words(reason, member), holder, member.id(), null));
                } else {
                    blockers.addAll(named);
                }
            } else {
                blockers.add(new Blocker(who, words(reason, member), holder, member == null ? null : member.id(), null));
            }
        }
        return blockers;
    }

    private static List<Blocker> red(String who, Holder holder, UUID holderId, Documents documents) {
        List<Blocker> red = new ArrayList<>();
        for (TypeState type : documents.types()) {
            if (!"RED".equals(type.state())) {
                continue;
            }
            Optional<Document> latest = documents.documents().stream().filter(d -> d.type().equals(type.type()))
                    .max(Comparator.comparing(d -> d.validUntil() == null ? LocalDate.MAX : d.validUntil()));
            String name = FleetText.label(type.type());
            String text = switch (type.issue() == null ? "" : type.issue()) {
                case "EXPIRED" -> name + latest.map(Document::validUntil).map(day -> " expired on " + day).orElse(" expired");
                case "MISSING" -> name + " missing";
                case "NOT_YET_VALID" -> name + " not valid yet";
                default -> name + " not valid";
            };
            red.add(new Blocker(who, text, holder, holderId, latest.map(Document::id).orElse(null)));
        }
        return red;
    }

    private static Holder holderOf(String reason) {
        if (reason.startsWith("DRIVER_")) {
            return Holder.DRIVER;
        }
        if (reason.startsWith("VEHICLE_")) {
            return Holder.VEHICLE;
        }
        if (reason.startsWith("TRAILER_")) {
            return Holder.TRAILER;
        }
        return null;
    }

    private static Member member(Unit unit, Holder holder) {
        return switch (holder) {
            case DRIVER -> unit.driver();
            case VEHICLE -> unit.vehicle();
            case TRAILER -> unit.trailer();
        };
    }

    /** A reason code in words (the codes of fleet-service's ReadinessPolicy). */
    static String words(String reason, Member member) {
        return switch (reason) {
            case "UNIT_DISBANDED" -> "disbanded";
            case "DRIVER_NOT_ACTIVE" -> "not active (" + status(member) + ")";
            case "DRIVER_DOCUMENTS_MISSING", "VEHICLE_DOCUMENTS_MISSING", "TRAILER_DOCUMENTS_MISSING" ->
                "a required document is missing";
            case "DRIVER_DOCUMENTS_EXPIRED", "VEHICLE_DOCUMENTS_EXPIRED", "TRAILER_DOCUMENTS_EXPIRED" ->
                "a document has expired";
            case "VEHICLE_NOT_HEAVY_TRUCK" -> "not a heavy truck (LKV)";
            case "VEHICLE_IN_SERVICE", "TRAILER_IN_SERVICE" -> "in service";
            case "VEHICLE_IN_REPAIR", "TRAILER_IN_REPAIR" -> "in repair";
            case "VEHICLE_OUT_OF_SERVICE", "TRAILER_OUT_OF_SERVICE" -> "out of service";
            case "TRAILER_TYPE_NOT_ALLOWED" -> "type " + (member == null ? "" : member.type()) + " is not fit for orders";
            default -> reason.toLowerCase().replace('_', ' ');
        };
    }

    private static String status(Member member) {
        return member == null || member.status() == null ? "" : member.status().toLowerCase().replace('_', ' ');
    }
}
