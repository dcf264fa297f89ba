package dev.opsuite.fleet.documents.domain;

import dev.opsuite.fleet.kernel.SubjectRef;
import dev.opsuite.fleet.kernel.TrailerType;
import dev.opsuite.fleet.kernel.VehicleKind;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsuite.support.domain.Result;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DocumentPolicyTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    static final Instant NOW = Instant.parse("2026-03-10T08:00:00Z");
    static final DocumentPolicy POLICY = new DocumentPolicy(DocumentPolicy.DEFAULT_WARNING_DAYS);
    static final UUID DRIVER = UUID.randomUUID();

    // Required and allowed sets

    @Test
    void a_heavy_truck_needs_the_five_documents_of_the_seed() {
        assertThat(DocumentPolicy.required(HolderKind.LKV)).containsExactlyInAnyOrder(DocumentType.REGISTRATION,
                DocumentType.INSURANCE, DocumentType.ANNUAL_INSPECTION, DocumentType.TACHOGRAPH_CALIBRATION,
                DocumentType.CMR_INSURANCE);
    }

    @Test
    void a_light_vehicle_needs_registration_insurance_and_inspection() {
        assertThat(DocumentPolicy.required(HolderKind.PKV)).containsExactlyInAnyOrder(DocumentType.REGISTRATION,
                DocumentType.INSURANCE, DocumentType.ANNUAL_INSPECTION);
    }

    @Test
    void a_trailer_needs_registration_and_inspection_and_a_frigo_also_its_refrigeration_service() {
        assertThat(DocumentPolicy.required(HolderKind.TRAILER))
                .containsExactlyInAnyOrder(DocumentType.REGISTRATION, DocumentType.ANNUAL_INSPECTION);
        assertThat(DocumentPolicy.required(HolderKind.FRIGO_TRAILER)).containsExactlyInAnyOrder(
                DocumentType.REGISTRATION, DocumentType.ANNUAL_INSPECTION, DocumentType.REFRIGERATION_SERVICE);
    }

    @Test
    void a_driver_needs_licence_card_and_code_95() {
        assertThat(DocumentPolicy.required(HolderKind.DRIVER)).containsExactlyInAnyOrder(
                DocumentType.DRIVING_LICENCE, DocumentType.DRIVER_CARD, DocumentType.PROFESSIONAL_QUALIFICATION);
    }

    @Test
    void kasko_is_allowed_on_vehicles_but_not_required() {
        assertThat(DocumentPolicy.allowed(HolderKind.LKV)).contains(DocumentType.KASKO_INSURANCE);
        assertThat(DocumentPolicy.allowed(HolderKind.PKV)).contains(DocumentType.KASKO_INSURANCE);
        assertThat(DocumentPolicy.required(HolderKind.LKV)).doesNotContain(DocumentType.KASKO_INSURANCE);
    }

    @Test
    void the_holder_kind_follows_the_vehicle_kind_and_trailer_type() {
        assertThat(HolderKind.ofVehicle(VehicleKind.LKV)).isEqualTo(HolderKind.LKV);
        assertThat(HolderKind.ofVehicle(VehicleKind.PKV)).isEqualTo(HolderKind.PKV);
        assertThat(HolderKind.ofTrailer(TrailerType.FRIGO)).isEqualTo(HolderKind.FRIGO_TRAILER);
        assertThat(HolderKind.ofTrailer(TrailerType.VAN)).isEqualTo(HolderKind.TRAILER);
    }

    @Test
    void a_type_the_holder_does_not_carry_is_refused_naming_the_type() {
        var tachographOnACar = FleetDocument.add(UUID.randomUUID(), "acme", SubjectRef.vehicle(UUID.randomUUID()),
                HolderKind.PKV, entry(DocumentType.TACHOGRAPH_CALIBRATION, TODAY, null), "m", NOW);
        var refrigerationOnAStandardTrailer = FleetDocument.add(UUID.randomUUID(), "acme",
                SubjectRef.trailer(UUID.randomUUID()), HolderKind.TRAILER,
                entry(DocumentType.REFRIGERATION_SERVICE, TODAY, null), "m", NOW);
        var licenceOfATruck = FleetDocument.add(UUID.randomUUID(), "acme", SubjectRef.vehicle(UUID.randomUUID()),
                HolderKind.LKV, entry(DocumentType.DRIVING_LICENCE, TODAY, null), "m", NOW);

        for (var refused : List.of(tachographOnACar, refrigerationOnAStandardTrailer, licenceOfATruck)) {
            assertThat(refused).isInstanceOfSatisfying(Result.Rejected.class, r -> {
                assertThat(r.code()).isEqualTo("document-type-not-allowed");
                assertThat(r.field()).isEqualTo("type");
            });
        }
    }

    @Test
    void a_validity_that_ends_before_it_starts_is_refused_naming_valid_until() {
        var result = FleetDocument.add(UUID.randomUUID(), "acme", SubjectRef.driver(DRIVER), HolderKind.DRIVER,
                entry(DocumentType.DRIVER_CARD, TODAY, TODAY.minusDays(1)), "hr", NOW);
        assertThat(result).isInstanceOfSatisfying(Result.Rejected.class, r -> {
            assertThat(r.code()).isEqualTo("validity-ends-before-it-starts");
            assertThat(r.field()).isEqualTo("validUntil");
        });
    }

    @Test
    void a_one_day_document_is_fine_and_an_update_is_checked_the_same_way() {
        FleetDocument card = accepted(FleetDocument.add(UUID.randomUUID(), "acme", SubjectRef.driver(DRIVER),
                HolderKind.DRIVER, entry(DocumentType.DRIVER_CARD, TODAY, TODAY), "hr", NOW));
        assertThat(card.update(null, TODAY.plusDays(2), null, null, "hr", NOW))
                .isInstanceOfSatisfying(Result.Rejected.class, r -> assertThat(r.field()).isEqualTo("validUntil"));
        assertThat(card.update(null, null, null, null, "hr", NOW)).isInstanceOf(Result.Accepted.class);
        assertThat(card.validUntil()).isEqualTo(TODAY);
    }

    // States

    @Test
    void a_document_beyond_the_window_is_green_and_within_it_yellow_the_boundary_included() {
        assertThat(stateOfCard(TODAY.plusDays(31))).isEqualTo(DocumentState.GREEN);
        assertThat(stateOfCard(TODAY.plusDays(30))).isEqualTo(DocumentState.YELLOW);
        assertThat(stateOfCard(TODAY)).isEqualTo(DocumentState.YELLOW);
        assertThat(stateOfCard(TODAY.minusDays(1))).isEqualTo(DocumentState.RED);
    }

    @Test
    void the_window_is_configurable() {
        DocumentPolicy tenDays = new DocumentPolicy(10);
        var status = tenDays.evaluate(HolderKind.DRIVER, allDriverDocuments(TODAY.plusDays(11)), TODAY);
        assertThat(status.state()).isEqualTo(DocumentState.GREEN);
        assertThat(tenDays.evaluate(HolderKind.DRIVER, allDriverDocuments(TODAY.plusDays(10)), TODAY).state())
                .isEqualTo(DocumentState.YELLOW);
        assertThat(new DocumentPolicy(0).evaluate(HolderKind.DRIVER, allDriverDocuments(TODAY.plusDays(1)), TODAY)
                .state()).isEqualTo(DocumentState.GREEN);
    }

    @Test
    void a_document_without_an_end_never_expires() {
        var status = POLICY.evaluate(HolderKind.DRIVER, allDriverDocuments(null), TODAY);
        assertThat(status.state()).isEqualTo(DocumentState.GREEN);
        assertThat(status.types()).allSatisfy(t -> assertThat(t.coveredUntil()).isNull());
    }

    @Test
    void a_required_document_missing_is_red_with_the_type_named() {
        List<FleetDocument> two = allDriverDocuments(TODAY.plusYears(1)).subList(0, 2);
        var status = POLICY.evaluate(HolderKind.DRIVER, two, TODAY);

        assertThat(status.state()).isEqualTo(DocumentState.RED);
        assertThat(status.anyMissing()).isTrue();
        assertThat(status.anyExpired()).isFalse();
        assertThat(status.types()).filteredOn(t -> t.issue() == DocumentIssue.MISSING)
                .extracting(DocumentStatus.TypeStatus::type).containsExactly(DocumentType.PROFESSIONAL_QUALIFICATION);
    }

    @Test
    void no_documents_at_all_lists_every_required_type_as_missing() {
        var status = POLICY.evaluate(HolderKind.LKV, List.of(), TODAY);
        assertThat(status.types()).hasSize(5).allSatisfy(t -> {
            assertThat(t.required()).isTrue();
            assertThat(t.state()).isEqualTo(DocumentState.RED);
            assertThat(t.issue()).isEqualTo(DocumentIssue.MISSING);
        });
    }

    @Test
    void an_expired_document_is_red_expired_and_the_holder_too() {
        var status = POLICY.evaluate(HolderKind.DRIVER, allDriverDocuments(TODAY.minusDays(3)), TODAY);
        assertThat(status.state()).isEqualTo(DocumentState.RED);
        assertThat(status.anyExpired()).isTrue();
        assertThat(status.anyMissing()).isFalse();
        assertThat(status.allValid()).isFalse();
    }

    @Test
    void an_expired_optional_document_makes_the_holder_red_but_an_absent_one_does_not() {
        List<FleetDocument> docs = new java.util.ArrayList<>(vehicleDocuments(HolderKind.LKV, TODAY.plusYears(1)));
        assertThat(POLICY.evaluate(HolderKind.LKV, docs, TODAY).state()).isEqualTo(DocumentState.GREEN);

        docs.add(doc(SubjectRef.vehicle(docs.get(0).subject().id()), HolderKind.LKV, DocumentType.KASKO_INSURANCE,
                TODAY.minusYears(1), TODAY.minusDays(1)));
        var status = POLICY.evaluate(HolderKind.LKV, docs, TODAY);
        assertThat(status.state()).isEqualTo(DocumentState.RED);
        assertThat(status.types()).filteredOn(t -> t.type() == DocumentType.KASKO_INSURANCE).singleElement()
                .satisfies(t -> {
                    assertThat(t.required()).isFalse();
                    assertThat(t.issue()).isEqualTo(DocumentIssue.EXPIRED);
                });
    }

    @Test
    void a_renewal_entered_ahead_extends_the_cover_so_the_type_stays_green() {
        SubjectRef driver = SubjectRef.driver(DRIVER);
        List<FleetDocument> docs = new java.util.ArrayList<>(allDriverDocuments(TODAY.plusYears(2)));
        docs.removeIf(d -> d.type() == DocumentType.DRIVER_CARD);
        docs.add(doc(driver, HolderKind.DRIVER, DocumentType.DRIVER_CARD, TODAY.minusYears(5), TODAY.plusDays(5)));
        assertThat(POLICY.evaluate(HolderKind.DRIVER, docs, TODAY).state()).isEqualTo(DocumentState.YELLOW);

        FleetDocument renewal = doc(driver, HolderKind.DRIVER, DocumentType.DRIVER_CARD, TODAY.plusDays(6), TODAY.plusYears(5));
        docs.add(renewal);
        var status = POLICY.evaluate(HolderKind.DRIVER, docs, TODAY);

        assertThat(status.state()).isEqualTo(DocumentState.GREEN);
        assertThat(status.types()).filteredOn(t -> t.type() == DocumentType.DRIVER_CARD).singleElement()
                .satisfies(t -> assertThat(t.coveredUntil()).isEqualTo(TODAY.plusYears(5)));
    }

    @Test
    void a_renewal_with_a_gap_does_not_extend_the_cover() {
        SubjectRef driver = SubjectRef.driver(DRIVER);
        List<FleetDocument> docs = new java.util.ArrayList<>(allDriverDocuments(TODAY.plusYears(2)));
        docs.removeIf(d -> d.type() == DocumentType.DRIVER_CARD);
        docs.add(doc(driver, HolderKind.DRIVER, DocumentType.DRIVER_CARD, TODAY.minusYears(5), TODAY.plusDays(5)));
        docs.add(doc(driver, HolderKind.DRIVER, DocumentType.DRIVER_CARD, TODAY.plusDays(7), TODAY.plusYears(5)));

        assertThat(POLICY.evaluate(HolderKind.DRIVER, docs, TODAY).state()).isEqualTo(DocumentState.YELLOW);
    }

    @Test
    void an_old_expired_document_replaced_by_a_valid_one_does_not_count() {
        SubjectRef driver = SubjectRef.driver(DRIVER);
        List<FleetDocument> docs = new java.util.ArrayList<>(allDriverDocuments(TODAY.plusYears(2)));
        docs.add(doc(driver, HolderKind.DRIVER, DocumentType.DRIVER_CARD, TODAY.minusYears(6), TODAY.minusYears(1)));

        assertThat(POLICY.evaluate(HolderKind.DRIVER, docs, TODAY).state()).isEqualTo(DocumentState.GREEN);
    }

    @Test
    void a_required_document_that_only_starts_later_is_red_not_yet_valid() {
        SubjectRef driver = SubjectRef.driver(DRIVER);
        List<FleetDocument> docs = new java.util.ArrayList<>(allDriverDocuments(TODAY.plusYears(2)));
        docs.removeIf(d -> d.type() == DocumentType.DRIVER_CARD);
        docs.add(doc(driver, HolderKind.DRIVER, DocumentType.DRIVER_CARD, TODAY.plusDays(1), TODAY.plusYears(5)));

        var status = POLICY.evaluate(HolderKind.DRIVER, docs, TODAY);
        assertThat(status.state()).isEqualTo(DocumentState.RED);
        assertThat(status.anyMissing()).isTrue();
        assertThat(status.types()).filteredOn(t -> t.type() == DocumentType.DRIVER_CARD).singleElement()
                .satisfies(t -> assertThat(t.issue()).isEqualTo(DocumentIssue.NOT_YET_VALID));
    }

    @Test
    void each_document_has_its_own_validity() {
        SubjectRef driver = SubjectRef.driver(DRIVER);
        assertThat(POLICY.validity(doc(driver, HolderKind.DRIVER, DocumentType.DRIVER_CARD, TODAY.plusDays(1), null), TODAY))
                .isEqualTo(DocumentValidity.NOT_YET_VALID);
        assertThat(POLICY.validity(doc(driver, HolderKind.DRIVER, DocumentType.DRIVER_CARD, TODAY, TODAY.minusDays(0)), TODAY))
                .isEqualTo(DocumentValidity.EXPIRING);
        assertThat(POLICY.validity(doc(driver, HolderKind.DRIVER, DocumentType.DRIVER_CARD, TODAY.minusYears(1),
                TODAY.minusDays(1)), TODAY)).isEqualTo(DocumentValidity.EXPIRED);
        assertThat(POLICY.validity(doc(driver, HolderKind.DRIVER, DocumentType.DRIVER_CARD, TODAY, TODAY.plusDays(31)), TODAY))
                .isEqualTo(DocumentValidity.VALID);
    }

    @Test
    void the_holder_is_as_bad_as_its_worst_type() {
        List<FleetDocument> docs = new java.util.ArrayList<>(allDriverDocuments(TODAY.plusYears(2)));
        docs.removeIf(d -> d.type() == DocumentType.DRIVING_LICENCE);
        docs.add(doc(SubjectRef.driver(DRIVER), HolderKind.DRIVER, DocumentType.DRIVING_LICENCE, TODAY.minusYears(1),
                TODAY.plusDays(3)));
        assertThat(POLICY.evaluate(HolderKind.DRIVER, docs, TODAY).state()).isEqualTo(DocumentState.YELLOW);
    }

    private DocumentState stateOfCard(LocalDate validUntil) {
        return POLICY.evaluate(HolderKind.DRIVER, allDriverDocuments(validUntil), TODAY).state();
    }

    static List<FleetDocument> allDriverDocuments(LocalDate validUntil) {
        SubjectRef driver = SubjectRef.driver(DRIVER);
        return DocumentPolicy.required(HolderKind.DRIVER).stream()
                .map(type -> doc(driver, HolderKind.DRIVER, type, TODAY.minusYears(1), validUntil)).toList();
    }

    static List<FleetDocument> vehicleDocuments(HolderKind kind, LocalDate validUntil) {
        SubjectRef vehicle = SubjectRef.vehicle(UUID.randomUUID());
        return DocumentPolicy.required(kind).stream()
                .map(type -> doc(vehicle, kind, type, TODAY.minusYears(1), validUntil)).toList();
    }

    static FleetDocument doc(SubjectRef subject, HolderKind holder, DocumentType type, LocalDate from, LocalDate until) {
        return accepted(FleetDocument.add(UUID.randomUUID(), "acme", subject, holder, entry(type, from, until), "test", NOW));
    }

    static FleetDocument.Entry entry(DocumentType type, LocalDate from, LocalDate until) {
        return new FleetDocument.Entry(type, "N-" + type.ordinal(), from, until, null);
    }

    @SuppressWarnings("unchecked")
    static <T> T accepted(Result<T> result) {
        assertThat(result).isInstanceOf(Result.Accepted.class);
        return ((Result.Accepted<T>) result).value();
    }
}
