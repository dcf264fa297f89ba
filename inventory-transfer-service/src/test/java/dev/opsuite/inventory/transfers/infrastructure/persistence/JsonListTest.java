package dev.opsuite.inventory.transfers.infrastructure.persistence;

import static dev.opsuite.inventory.interfaces.NoteRequests.MANAGER;
import static dev.opsuite.inventory.interfaces.NoteRequests.TENANT;
import static dev.opsuite.inventory.interfaces.NoteRequests.dispatchedNote;
import static dev.opsuite.inventory.interfaces.NoteRequests.item;
import static dev.opsuite.inventory.interfaces.NoteRequests.received;
import static dev.opsuite.inventory.interfaces.NoteRequests.takeReceipt;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opsuite.inventory.transfers.application.port.out.GoodsReceiptStore;
import dev.opsuite.inventory.transfers.application.port.out.TransferDispatchNoteStore;
import dev.opsuite.inventory.transfers.domain.NoteItem;
import dev.opsuite.inventory.transfers.domain.ReceiptLine;
import dev.opsuite.inventory.transfers.domain.ReceivedQuantity;
import dev.opsuite.inventory.transfers.domain.TransferDispatchNote;
import dev.opsuite.inventory.transfers.domain.TransferGoodsReceipt;
import dev.opsuite.inventory.interfaces.Fixtures;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * One generic wrapper for every jsonb list ({@code JsonList<T>} in suite-support): read back in a session of
 * its own (not from the one that wrote it), each item is of the type the entity's field names, not a map.
 */
@QuarkusTest
class JsonListTest {

    @Inject
    TransferDispatchNoteStore notes;
    @Inject
    GoodsReceiptStore receipts;

    @Test
    void jsonb_lists_are_read_back_as_their_declared_item_types() throws Throwable {
        UUID cable = Fixtures.product("Cable");
        String noteId = dispatchedNote(List.of(item(cable, "2.5")));
        String receiptId = takeReceipt(MANAGER, noteId, "DRAFT", List.of(received(cable, 2, "0.5")))
                .statusCode(201).extract().path("id");

        TransferDispatchNote note = VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(
                () -> notes.find(TENANT, UUID.fromString(noteId)))).orElseThrow();
        TransferGoodsReceipt receipt = VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(
                () -> receipts.find(TENANT, UUID.fromString(receiptId)))).orElseThrow();

        assertThat(note.detail()).hasSize(1).hasOnlyElementsOfType(NoteItem.class);
        assertThat(note.detail().get(0).productId()).isEqualTo(cable);
        assertThat(note.detail().get(0).quantity()).isEqualByComparingTo("2.5");
        assertThat(note.receiptSummary().lines()).hasSize(1).hasOnlyElementsOfType(ReceiptLine.class);
        assertThat(note.receiptSummary().lines().get(0).outstanding()).isEqualByComparingTo("2.5");
        assertThat(receipt.items()).hasSize(1).hasOnlyElementsOfType(ReceivedQuantity.class);
        assertThat(receipt.items().get(0).total()).isEqualByComparingTo("2.5");
    }
}
