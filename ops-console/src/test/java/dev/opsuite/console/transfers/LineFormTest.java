package dev.opsuite.console.transfers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.core.MultivaluedHashMap;

import org.junit.jupiter.api.Test;

import dev.opsuite.console.web.Problem;

class LineFormTest {

    private static final UUID CABLE = UUID.fromString("7b0e3009-9744-49ac-ad4d-f14e2e59d6d3");

    @Test
    void blank_rows_are_left_out_and_the_services_errors_land_under_the_row_they_came_from() {
        MultivaluedHashMap<String, String> form = new MultivaluedHashMap<>();
        form.putSingle("items[0].receivedQuantity", " ");
        form.putSingle("items[2].receivedQuantity", "9");
        form.putSingle("items[2].damagedQuantity", "");
        LineForm lines = new LineForm("items", form);

        List<BigDecimal> items = lines.items(3, List.of("receivedQuantity", "damagedQuantity"),
                row -> lines.decimal(row, "receivedQuantity"));
        assertThat(items).containsExactly(new BigDecimal("9"));

        Problem refused = new Problem(409, "receipt-exceeds-outstanding", "Receipt exceeds outstanding", "Invalid: items[0].receivedQuantity.",
                List.of(new Problem.FieldError("items[0].receivedQuantity", "Only 8 is outstanding."),
                        new Problem.FieldError("transferDispatchNoteId", "other")));
        Problem shown = lines.remap(refused);
        assertThat(shown.errorFor("items[2].receivedQuantity")).isEqualTo("Only 8 is outstanding.");
        assertThat(shown.errorFor("items[0].receivedQuantity")).isNull();
        assertThat(shown.errorFor("transferDispatchNoteId")).isEqualTo("other");
        assertThat(shown.status()).isEqualTo(409);
        assertThat(shown.detail()).isEqualTo("Invalid: items[2].receivedQuantity.");
    }

    @Test
    void a_number_the_console_cannot_read_is_refused_next_to_its_input() {
        MultivaluedHashMap<String, String> form = new MultivaluedHashMap<>();
        form.putSingle("detail[1].quantity", "ten");
        form.putSingle("detail[1].productId", CABLE.toString());
        LineForm lines = new LineForm("detail", form);

        assertThat(lines.uuid(1, "productId")).isEqualTo(CABLE);
        assertThatThrownBy(() -> lines.decimal(1, "quantity")).isInstanceOfSatisfying(LineForm.Refused.class,
                r -> assertThat(r.problem().errorFor("detail[1].quantity")).isEqualTo("Enter a number, like 12 or 2.5."));
    }

    @Test
    void dispatch_saves_the_quantities_only_when_one_changed() {
        Note note = new Note(UUID.randomUUID(), "TDN-2026-000001", null, null, null, "DRAFT",
                List.of(new Note.Item(CABLE, new BigDecimal("10.000"))), null, List.of(), null, null, null, "ivan", null, 0);

        assertThat(TransferNotesResource.changed(note, List.of(new NoteRequests.Item(null, new BigDecimal("10"))))).isNull();
        assertThat(TransferNotesResource.changed(note, List.of(new NoteRequests.Item(null, new BigDecimal("8")))))
                .containsExactly(new NoteRequests.Item(CABLE, new BigDecimal("8")));
    }

    @Test
    void quantities_and_unit_costs_read_as_people_write_them() {
        assertThat(NoteLine.qty(new BigDecimal("10.000"))).isEqualTo("10");
        assertThat(NoteLine.qty(new BigDecimal("2.500"))).isEqualTo("2.5");
        assertThat(NoteLine.qty(new BigDecimal("0.000"))).isEqualTo("0");
        assertThat(TransferTemplateExtensions.cost(new BigDecimal("11.500000"))).isEqualTo("11.50");
        assertThat(TransferTemplateExtensions.cost(new BigDecimal("12.166667"))).isEqualTo("12.166667");
        assertThat(TransferTemplateExtensions.cost(new BigDecimal("45.000000"))).isEqualTo("45.00");
    }
}
