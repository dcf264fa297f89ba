package dev.opsuite.inventory.transfers.application;

import dev.opsuite.inventory.testing.TransferScene;
import static dev.opsuite.inventory.testing.Inventory.CLERK;
import static dev.opsuite.inventory.testing.Inventory.TENANT;
import static dev.opsuite.testing.fakes.Outcomes.done;
import static dev.opsuite.inventory.testing.Quantities.qty;
import static dev.opsuite.testing.fakes.Outcomes.refused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opsuite.inventory.transfers.application.port.in.EditTransferDispatchNoteUseCase;
import dev.opsuite.inventory.transfers.domain.NoteItem;
import dev.opsuite.inventory.transfers.domain.NoteStatus;
import dev.opsuite.inventory.transfers.domain.TransferDispatchNote;
import dev.opsuite.inventory.transfers.domain.TransferDispatchNoteChanged;
import dev.opsuite.inventory.transfers.domain.TransferDispatchNoteChanged.Change;
import dev.opsuite.support.application.Rejection;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Seed 001: only a draft is edited, cancelled or deleted; every change is announced as an update. */
class EditTransferDispatchNoteTest extends TransferScene {

    final EditTransferDispatchNoteUseCase editing = inventory.noteService;

    @Test
    void an_edited_draft_is_announced_as_edited() {
        TransferDispatchNote draft = TransferScenarios.draft(inventory, central, store, cable, "5");
        UUID wire = inventory.product("WIRE-1");
        inventory.events.clear();

        TransferDispatchNote edited = done(editing.edit(CLERK, draft.id(), draft.version(), new TransferDispatchNote.Edit(
                null, null, null, List.of(new NoteItem(wire, qty("3"))), null)));

        assertThat(edited.detail()).extracting(NoteItem::productId).containsExactly(wire);
        assertThat(edited.version()).isEqualTo(draft.version() + 1);
        assertThat(inventory.events.published(TransferDispatchNoteChanged.class)).singleElement()
                .satisfies(changed -> assertThat(changed.change()).isEqualTo(Change.EDITED));
    }

    @Test
    void cancelled_and_deleted_drafts_are_announced_and_a_deleted_one_is_gone() {
        TransferDispatchNote toCancel = TransferScenarios.draft(inventory, central, store, cable, "5");
        TransferDispatchNote toDelete = TransferScenarios.draft(inventory, central, store, cable, "5");
        inventory.events.clear();

        assertThat(done(editing.cancel(CLERK, toCancel.id(), null)).status()).isEqualTo(NoteStatus.CANCELLED);
        done(editing.delete(CLERK, toDelete.id(), toDelete.version()));

        assertThat(inventory.notes.find(TENANT, toDelete.id()).await().indefinitely()).isEmpty();
        assertThat(inventory.events.published(TransferDispatchNoteChanged.class)).extracting(TransferDispatchNoteChanged::change)
                .containsExactly(Change.CANCELLED, Change.DELETED);
    }

    @Test
    void a_dispatched_note_is_no_longer_edited() {
        inventory.stockOf(central, cable, "5", "1.00");
        TransferDispatchNote note = TransferScenarios.dispatched(inventory, central, store, cable, "5");

        Rejection refused = refused(editing.cancel(CLERK, note.id(), null));

        assertThat(refused.code()).isEqualTo("note-not-draft");
        assertThat(refused.kind()).isEqualTo(Rejection.Kind.CONFLICT);
    }

    @Test
    void an_edit_based_on_an_old_version_is_stale() {
        TransferDispatchNote draft = TransferScenarios.draft(inventory, central, store, cable, "5");
        done(editing.edit(CLERK, draft.id(), draft.version(), new TransferDispatchNote.Edit(null, null, null, null, null)));

        Rejection refused = refused(editing.cancel(CLERK, draft.id(), draft.version()));

        assertThat(refused.kind()).isEqualTo(Rejection.Kind.STALE);
        assertThat(inventory.notes.stored(draft.id()).status()).isEqualTo(NoteStatus.DRAFT);
    }
}
