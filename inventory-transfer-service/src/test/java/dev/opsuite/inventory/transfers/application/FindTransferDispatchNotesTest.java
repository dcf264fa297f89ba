package dev.opsuite.inventory.transfers.application;

import static dev.opsuite.inventory.testing.Inventory.TENANT;
import static dev.opsuite.testing.fakes.Outcomes.done;
import static dev.opsuite.testing.fakes.Outcomes.refused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opsuite.inventory.testing.Inventory;
import dev.opsuite.inventory.transfers.application.port.in.FindTransferDispatchNotesQuery;
import dev.opsuite.inventory.transfers.application.port.in.FindTransferDispatchNotesQuery.Filter;
import dev.opsuite.inventory.transfers.application.port.in.FindTransferDispatchNotesQuery.NoteView;
import dev.opsuite.inventory.transfers.domain.TransferDispatchNote;
import dev.opsuite.support.application.Rejection;
import dev.opsuite.support.paging.PageRequest;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Seed 001: a note shows its cost at the origin's current WAC while a draft, frozen once dispatched. */
class FindTransferDispatchNotesTest {

    final Inventory inventory = new Inventory();
    final FindTransferDispatchNotesQuery find = inventory.noteService;
    final UUID central = inventory.warehouse("Central");
    final UUID store = inventory.warehouse("Harbour store");
    final UUID cable = inventory.product("CAB-1");

    @Test
    void a_drafts_cost_follows_the_wac_and_a_dispatched_notes_cost_is_frozen() {
        inventory.stockOf(central, cable, "10", "11.50");
        TransferDispatchNote draft = TransferScenarios.draft(inventory, central, store, cable, "2");
        TransferDispatchNote dispatched = TransferScenarios.dispatched(inventory, central, store, cable, "2");
        inventory.stockOf(central, cable, "8", "13.00");

        NoteView draftView = done(find.note(TENANT, draft.id()));
        NoteView dispatchedView = done(find.note(TENANT, dispatched.id()));

        assertThat(draftView.costFrozen()).isFalse();
        assertThat(draftView.costDetail().total()).isEqualByComparingTo("26.00");
        assertThat(dispatchedView.costFrozen()).isTrue();
        assertThat(dispatchedView.costDetail().total()).isEqualByComparingTo("23.00");
    }

    @Test
    void the_free_text_finds_notes_by_a_locations_name_or_the_document_number() {
        TransferDispatchNote toStore = TransferScenarios.draft(inventory, central, store, cable, "1");
        UUID depot = inventory.warehouse("Depot");
        TransferDispatchNote toDepot = TransferScenarios.draft(inventory, central, depot, cable, "1");
        PageRequest page = new PageRequest(1, 20, "createdAt", true);

        var byName = done(find.search(TENANT, new Filter(null, Set.of(), null, null, null, null, "harbour"), page));
        var byNumber = done(find.search(TENANT, new Filter(null, Set.of(), null, null, null, null, toDepot.documentNumber()), page));

        assertThat(byName.items()).extracting(view -> view.note().id()).containsExactly(toStore.id());
        assertThat(byNumber.items()).extracting(view -> view.note().id()).containsExactly(toDepot.id());
    }

    @Test
    void another_tenants_note_is_not_found() {
        TransferDispatchNote draft = TransferScenarios.draft(inventory, central, store, cable, "1");

        assertThat(refused(find.note("globex", draft.id())).kind()).isEqualTo(Rejection.Kind.NOT_FOUND);
    }
}
