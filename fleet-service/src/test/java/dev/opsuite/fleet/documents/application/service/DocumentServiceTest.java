package dev.opsuite.fleet.documents.application.service;

import static dev.opsuite.testing.fakes.Outcomes.done;
import static dev.opsuite.testing.fakes.Outcomes.refused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opsuite.fleet.documents.application.port.in.ManageDocumentsUseCase.AddDocumentCommand;
import dev.opsuite.fleet.documents.application.port.in.ManageDocumentsUseCase.DocumentView;
import dev.opsuite.fleet.documents.application.port.in.ManageDocumentsUseCase.ExpiringFilter;
import dev.opsuite.fleet.documents.application.port.in.ManageDocumentsUseCase.RemoveDocumentCommand;
import dev.opsuite.fleet.documents.application.port.in.ManageDocumentsUseCase.UpdateDocumentCommand;
import dev.opsuite.fleet.documents.domain.DocumentChanged;
import dev.opsuite.fleet.documents.domain.DocumentIssue;
import dev.opsuite.fleet.documents.domain.DocumentState;
import dev.opsuite.fleet.documents.domain.DocumentStatus;
import dev.opsuite.fleet.documents.domain.DocumentType;
import dev.opsuite.fleet.documents.domain.FleetDocument;
import dev.opsuite.fleet.documents.domain.HolderKind;
import dev.opsuite.fleet.kernel.SubjectRef;
import dev.opsuite.fleet.kernel.SubjectType;
import dev.opsuite.testing.fakes.ControlledClock;
import dev.opsuite.fleet.testing.InMemoryDocuments;
import dev.opsuite.testing.fakes.RecordingEventPublisher;
import dev.opsuite.support.application.Rejection;
import dev.opsuite.support.paging.PageRequest;
import dev.opsuite.support.tenancy.Actor;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Seed 004, documents tracked: the STK of truck 5AB 0045 ends on 31 March. Which day it is decides whether it is
 * still valid, and the day is the configured zone's (Prague is already in April at 22:30 UTC on 31 March).
 */
class DocumentServiceTest {

    static final Actor MANAGER = new Actor("acme", "fleet-manager");
    static final ZoneId PRAGUE = ZoneId.of("Europe/Prague");

    final ControlledClock clock = ControlledClock.at("2026-03-10T08:00:00Z");
    final InMemoryDocuments documents = new InMemoryDocuments();
    final RecordingEventPublisher events = new RecordingEventPublisher();
    final SubjectRef truck = documents.holder(SubjectRef.vehicle(UUID.randomUUID()), HolderKind.LKV, "5AB 0045");

    DocumentService service(ZoneId zone) {
        return DocumentsWiring.service(documents, events, zone, clock);
    }

    DocumentView stkUntilMarch31(DocumentService service) {
        return done(service.add(new AddDocumentCommand(MANAGER, truck, new FleetDocument.Entry(
                DocumentType.ANNUAL_INSPECTION, "STK-2025-1187", LocalDate.of(2025, 4, 1), LocalDate.of(2026, 3, 31),
                null))));
    }

    Rejection refusedType(SubjectRef holder, DocumentType type) {
        return refused(service(PRAGUE).add(new AddDocumentCommand(MANAGER, holder, new FleetDocument.Entry(type, "X-1",
                LocalDate.of(2026, 3, 1), null, null))));
    }

    @Test
    void a_car_carries_no_tachograph_a_standard_trailer_no_refrigeration_service_and_a_truck_no_driving_licence() {
        SubjectRef octavia = documents.holder(SubjectRef.vehicle(UUID.randomUUID()), HolderKind.PKV, "1AB 2345");
        SubjectRef standard = documents.holder(SubjectRef.trailer(UUID.randomUUID()), HolderKind.TRAILER, "3AC 1200");
        SubjectRef frigo = documents.holder(SubjectRef.trailer(UUID.randomUUID()), HolderKind.FRIGO_TRAILER, "3AC 1300");

        for (Rejection refused : List.of(refusedType(octavia, DocumentType.TACHOGRAPH_CALIBRATION),
                refusedType(standard, DocumentType.REFRIGERATION_SERVICE), refusedType(truck, DocumentType.DRIVING_LICENCE))) {
            assertThat(refused.code()).isEqualTo("document-type-not-allowed");
            assertThat(refused.kind()).isEqualTo(Rejection.Kind.UNPROCESSABLE);
            assertThat(refused.field()).isEqualTo("type");
        }
        assertThat(events.published(DocumentChanged.class)).isEmpty();

        done(service(PRAGUE).add(new AddDocumentCommand(MANAGER, frigo, new FleetDocument.Entry(
                DocumentType.REFRIGERATION_SERVICE, "FRC-1", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 9, 1), null))));
        done(service(PRAGUE).add(new AddDocumentCommand(MANAGER, truck, new FleetDocument.Entry(
                DocumentType.KASKO_INSURANCE, "KASKO-1", LocalDate.of(2026, 3, 1), LocalDate.of(2027, 3, 1), null))));
        assertThat(events.published(DocumentChanged.class)).hasSize(2);
    }

    @Test
    void adding_the_trucks_stk_is_announced_for_its_transport_units() {
        DocumentView stk = stkUntilMarch31(service(ZoneId.of("UTC")));

        assertThat(stk.document().subject()).isEqualTo(truck);
        assertThat(events.published(DocumentChanged.class)).singleElement().satisfies(e -> {
            assertThat(e.holder()).isEqualTo(truck);
            assertThat(e.documentId()).isEqualTo(stk.document().id());
            assertThat(e.changedAt()).isEqualTo(clock.instant());
        });
    }

    @Test
    void on_the_last_evening_of_march_the_stk_is_still_valid_in_utc_but_expired_in_prague() {
        stkUntilMarch31(service(ZoneId.of("UTC")));
        clock.set("2026-03-31T22:30:00Z");

        assertThat(stkLine(service(ZoneId.of("UTC")).overview("acme", truck).await().indefinitely().status()).state())
                .isEqualTo(DocumentState.YELLOW);
        DocumentStatus.TypeStatus prague = stkLine(done(service(PRAGUE).overview("acme", truck)).status());
        assertThat(prague.state()).isEqualTo(DocumentState.RED);
        assertThat(prague.issue()).isEqualTo(DocumentIssue.EXPIRED);
    }

    @Test
    void at_new_year_the_expiring_list_and_the_renewal_counts_move_with_the_zones_day() {
        DocumentService utc = service(ZoneId.of("UTC"));
        done(utc.add(new AddDocumentCommand(MANAGER, truck, new FleetDocument.Entry(DocumentType.INSURANCE, "POL-77",
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), null))));
        clock.set("2026-12-31T23:30:00Z");
        ExpiringFilter vehicles = new ExpiringFilter(30, Set.of(SubjectType.VEHICLE), null, false);
        PageRequest first = new PageRequest(1, 20, "validUntil", true);

        var stillValid = done(utc.expiring("acme", vehicles, first));
        assertThat(stillValid.items()).singleElement().satisfies(d -> {
            assertThat(d.daysLeft()).isZero();
            assertThat(d.subjectLabel()).isEqualTo("5AB 0045");
        });
        assertThat(done(utc.needingRenewal("acme"))).satisfies(c -> {
            assertThat(c.expiringSoon()).isEqualTo(1);
            assertThat(c.expired()).isZero();
        });

        DocumentService prague = service(PRAGUE);
        assertThat(done(prague.expiring("acme", vehicles, first)).items()).isEmpty();
        assertThat(done(prague.needingRenewal("acme"))).satisfies(c -> {
            assertThat(c.expiringSoon()).isZero();
            assertThat(c.expired()).isEqualTo(1);
        });
    }

    @Test
    void a_correction_and_a_removal_are_announced_and_a_stale_or_foreign_document_is_refused() {
        DocumentService service = service(ZoneId.of("UTC"));
        DocumentView stk = stkUntilMarch31(service);
        UUID id = stk.document().id();

        assertThat(refused(service.update(new UpdateDocumentCommand(MANAGER, truck, id, 5L, null, null,
                LocalDate.of(2027, 3, 31), null))).kind()).isEqualTo(Rejection.Kind.STALE);
        done(service.update(new UpdateDocumentCommand(MANAGER, truck, id, null, null, null, LocalDate.of(2027, 3, 31),
                null)));
        SubjectRef otherTruck = documents.holder(SubjectRef.vehicle(UUID.randomUUID()), HolderKind.LKV, "5AB 0046");
        assertThat(refused(service.find("acme", otherTruck, id)).kind()).isEqualTo(Rejection.Kind.NOT_FOUND);
        assertThat(refused(service.overview("acme", SubjectRef.driver(UUID.randomUUID()))).code())
                .isEqualTo("driver-not-found");
        done(service.remove(new RemoveDocumentCommand(MANAGER, truck, id, null)));

        assertThat(documents.all()).isEmpty();
        assertThat(events.published(DocumentChanged.class)).hasSize(3);
    }

    @Test
    void a_holders_traffic_light_is_answered_for_the_units_it_is_in() {
        DocumentService service = service(ZoneId.of("UTC"));
        stkUntilMarch31(service);

        Map<SubjectRef, DocumentStatus> statuses = done(service.statuses("acme", Map.of(truck, HolderKind.LKV)));
        assertThat(statuses).containsOnlyKeys(truck);
        assertThat(statuses.get(truck).anyMissing()).as("registration, insurance, tachograph and CMR are missing").isTrue();
        assertThat(done(service.statuses("acme", Map.of()))).isEmpty();
    }

    private static DocumentStatus.TypeStatus stkLine(DocumentStatus status) {
        return status.types().stream().filter(t -> t.type() == DocumentType.ANNUAL_INSPECTION).findFirst().orElseThrow();
    }
}
