package dev.opsuite.console.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.opsuite.console.fleet.FleetViews.Document;

class DocumentFormTest {

    private static final Document STK = new Document(UUID.randomUUID(), "VEHICLE", UUID.randomUUID(), "ANNUAL_INSPECTION",
            "STK-1", LocalDate.of(2025, 12, 26), LocalDate.of(2026, 12, 25), "EXPIRING", null, 3);

    @Test
    void the_patch_holds_only_what_the_form_gives_and_if_match_names_the_version_read() {
        DocumentForm form = new DocumentForm(" STK-1 ", "2025-12-26", "2026-12-04", "", 3);

        assertThat(form.changes()).containsExactly(java.util.Map.entry("number", "STK-1"),
                java.util.Map.entry("validFrom", "2025-12-26"), java.util.Map.entry("validUntil", "2026-12-04"));
        assertThat(form.ifMatch()).isEqualTo("\"3\"");
        assertThat(DocumentForm.of(STK)).isEqualTo(new DocumentForm("STK-1", "2025-12-26", "2026-12-25", "", 3));
    }

    @Test
    void a_renewal_starts_the_day_after_the_old_document_ends_and_keeps_its_type() {
        DocumentForm renewal = DocumentForm.renewalOf(STK);

        assertThat(renewal.validFrom()).isEqualTo("2026-12-26");
        assertThat(new DocumentForm("STK-2", "2026-12-26", "2027-12-25", null, 0).newDocument("ANNUAL_INSPECTION"))
                .containsEntry("type", "ANNUAL_INSPECTION").containsEntry("number", "STK-2").doesNotContainKey("note");
    }

    @Test
    void only_a_fleet_page_is_a_place_to_go_back_to() {
        assertThat(FleetDocumentsResource.backTo("/fleet/documents?withinDays=7")).isEqualTo("/fleet/documents?withinDays=7");
        assertThat(FleetDocumentsResource.backTo("https://evil.example/")).isEqualTo("/fleet/documents");
        assertThat(FleetDocumentsResource.backTo(null)).isEqualTo("/fleet/documents");
    }
}
