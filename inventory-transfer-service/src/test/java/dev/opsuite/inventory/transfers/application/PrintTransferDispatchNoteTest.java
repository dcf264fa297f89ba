package dev.opsuite.inventory.transfers.application;

import dev.opsuite.inventory.testing.TransferScene;
import static dev.opsuite.inventory.testing.Inventory.TENANT;
import static dev.opsuite.testing.fakes.Outcomes.done;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opsuite.inventory.testing.RecordingNoteRenderer;
import dev.opsuite.inventory.transfers.application.port.in.PrintTransferDispatchNoteQuery;
import dev.opsuite.inventory.transfers.application.port.out.NoteDocumentRenderer.NotePrint;
import dev.opsuite.inventory.transfers.application.service.NotePrintService;
import dev.opsuite.inventory.transfers.domain.TransferDispatchNote;
import org.junit.jupiter.api.Test;

/** Seed 001: a note is printed with its locations and products by name, and its frozen cost. */
class PrintTransferDispatchNoteTest extends TransferScene {

    final RecordingNoteRenderer renderer = new RecordingNoteRenderer();
    final PrintTransferDispatchNoteQuery print = new NotePrintService(inventory.noteService, inventory.catalog, renderer,
            inventory.clock);

    @Test
    void a_dispatched_note_prints_its_places_its_products_and_its_frozen_cost() {
        inventory.stockOf(central, cable, "10", "11.50");
        TransferDispatchNote note = TransferScenarios.dispatched(inventory, central, store, cable, "2");

        done(print.html(TENANT, note.id()));

        NotePrint printed = renderer.printed().get(0);
        assertThat(printed.documentNumber()).isEqualTo(note.documentNumber());
        assertThat(printed.origin().name()).isEqualTo("Central");
        assertThat(printed.destination().name()).isEqualTo("Store");
        assertThat(printed.lines()).singleElement().satisfies(line -> {
            assertThat(line.sku()).isEqualTo("CAB-1");
            assertThat(line.totalCost()).isEqualByComparingTo("23.00");
        });
        assertThat(printed.costFrozen()).isTrue();
        assertThat(printed.printedAt()).isEqualTo(inventory.clock.instant());
    }
}
