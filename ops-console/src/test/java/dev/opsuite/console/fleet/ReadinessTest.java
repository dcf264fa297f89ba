package dev.opsuite.console.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.opsuite.console.fleet.FleetViews.Document;
import dev.opsuite.console.fleet.FleetViews.Documents;
import dev.opsuite.console.fleet.FleetViews.Member;
import dev.opsuite.console.fleet.FleetViews.TypeState;
import dev.opsuite.console.fleet.FleetViews.Unit;
import dev.opsuite.console.fleet.Readiness.Blocker;

class ReadinessTest {

    private static final UUID TRUCK = UUID.randomUUID();
    private static final Member DRIVER = new Member(UUID.randomUUID(), "DRV-0001", "Jan Novák", null, null, null, "ON_LEAVE");
    private static final Member VEHICLE = new Member(TRUCK, null, null, "1AB-0045", "LKV", null, "ACTIVE");
    private static final Member TRAILER = new Member(UUID.randomUUID(), null, null, "TR-7", null, "VAN", "ACTIVE");

    private static Unit unit(String... reasons) {
        return new Unit(UUID.randomUUID(), "ACTIVE", reasons.length == 0, List.of(reasons), null, DRIVER, VEHICLE, TRAILER, 1);
    }

    @Test
    void an_expired_document_is_named_with_its_day_and_the_latest_document_to_renew() {
        UUID old = UUID.randomUUID();
        UUID latest = UUID.randomUUID();
        Documents documents = new Documents("VEHICLE", TRUCK, "LKV", "RED", LocalDate.of(2026, 12, 5), List.of(
                new TypeState("REGISTRATION", true, "GREEN", null, null, null),
                new TypeState("ANNUAL_INSPECTION", true, "RED", "EXPIRED", null, null),
                new TypeState("CMR_INSURANCE", true, "RED", "MISSING", null, null)), List.of(
                new Document(old, "VEHICLE", TRUCK, "ANNUAL_INSPECTION", "STK-1", LocalDate.of(2024, 1, 1),
                        LocalDate.of(2025, 1, 1), "EXPIRED", null, 1),
                new Document(latest, "VEHICLE", TRUCK, "ANNUAL_INSPECTION", "STK-2", LocalDate.of(2025, 1, 2),
                        LocalDate.of(2026, 12, 4), "EXPIRED", null, 3)));
        List<Holder> asked = new ArrayList<>();

        List<Blocker> blockers = Readiness.blockers(unit("VEHICLE_DOCUMENTS_MISSING", "VEHICLE_DOCUMENTS_EXPIRED"),
                (holder, id) -> {
                    asked.add(holder);
                    return Optional.of(documents);
                });

        assertThat(asked).as("one read per member").containsExactly(Holder.VEHICLE);
        assertThat(blockers).extracting(Blocker::member, Blocker::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Vehicle 1AB-0045", "Annual inspection (STK) expired on 2026-12-04"),
                org.assertj.core.groups.Tuple.tuple("Vehicle 1AB-0045", "CMR insurance missing"));
        assertThat(blockers.get(0).documentId()).isEqualTo(latest);
        assertThat(blockers.get(0).holder().path()).isEqualTo("vehicles");
        assertThat(blockers.get(1).hasDocument()).isFalse();
    }

    @Test
    void other_reasons_and_unreadable_documents_are_said_in_words() {
        List<Blocker> blockers = Readiness.blockers(
                unit("DRIVER_NOT_ACTIVE", "DRIVER_DOCUMENTS_EXPIRED", "VEHICLE_IN_REPAIR", "TRAILER_TYPE_NOT_ALLOWED"),
                (holder, id) -> Optional.empty());

        assertThat(blockers).extracting(b -> b.member() + ": " + b.text()).containsExactly(
                "Driver Jan Novák (DRV-0001): not active (on leave)",
                "Driver Jan Novák (DRV-0001): a document has expired",
                "Vehicle 1AB-0045: in repair",
                "Trailer TR-7: type VAN is not fit for orders");
    }

    @Test
    void a_ready_unit_has_no_blockers() {
        assertThat(Readiness.blockers(unit(), (holder, id) -> {
            throw new AssertionError("nothing to read");
        })).isEmpty();
    }
}
