package dev.opsuite.inventory.transfers.application;

import dev.opsuite.inventory.testing.TransferScene;
import static dev.opsuite.testing.fakes.Outcomes.done;
import static dev.opsuite.testing.fakes.Outcomes.refused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opsuite.inventory.catalog.application.port.in.ManageLocationsUseCase.UpdateLocationCommand;
import dev.opsuite.inventory.testing.Inventory;
import dev.opsuite.inventory.transfers.application.port.in.CreateTransferDispatchNoteUseCase;
import dev.opsuite.inventory.transfers.domain.NoteStatus;
import dev.opsuite.inventory.transfers.domain.TransferDispatchNote;
import dev.opsuite.inventory.transfers.domain.TransferDispatchNoteDrafted;
import dev.opsuite.support.application.Rejection;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Seed 001: a clerk drafts a note from one location to another; it is numbered per year and announced. */
class CreateTransferDispatchNoteTest extends TransferScene {

    final CreateTransferDispatchNoteUseCase notes = inventory.noteService;

    @Test
    void a_draft_is_numbered_in_its_year_and_announced_as_created() {
        TransferDispatchNote first = done(notes.create(TransferScenarios.note(central, store, cable, "5")));
        TransferDispatchNote second = done(notes.create(TransferScenarios.note(central, store, cable, "2")));

        assertThat(first.status()).isEqualTo(NoteStatus.DRAFT);
        assertThat(first.documentNumber()).isEqualTo("TDN-2026-000001");
        assertThat(second.documentNumber()).isEqualTo("TDN-2026-000002");
        assertThat(inventory.notes.stored(first.id()).detail()).singleElement()
                .satisfies(item -> assertThat(item.quantity()).isEqualByComparingTo("5"));
        assertThat(inventory.events.published(TransferDispatchNoteDrafted.class))
                .extracting(drafted -> drafted.note().documentNumber())
                .containsExactly("TDN-2026-000001", "TDN-2026-000002");
    }

    @Test
    void the_year_of_a_number_is_the_utc_year_even_when_it_is_already_new_year_in_prague() {
        // 23:30 UTC on New Year's Eve is 00:30 on 1 January in Prague: the number still counts in the UTC year.
        Instant newYearInPrague = Instant.parse("2026-12-31T23:30:00Z");
        assertThat(newYearInPrague.atZone(ZoneId.of("Europe/Prague")).getYear()).isEqualTo(2027);
        inventory.clock.set(newYearInPrague);
        TransferDispatchNote lastOf2026 = done(notes.create(TransferScenarios.note(central, store, cable, "1")));

        inventory.clock.set(Instant.parse("2027-01-01T00:00:00Z"));
        TransferDispatchNote firstOf2027 = done(notes.create(TransferScenarios.note(central, store, cable, "1")));
        TransferDispatchNote secondOf2027 = done(notes.create(TransferScenarios.note(central, store, cable, "1")));

        assertThat(lastOf2026.documentNumber()).isEqualTo("TDN-2026-000001");
        assertThat(firstOf2027.documentNumber()).isEqualTo("TDN-2027-000001");
        assertThat(secondOf2027.documentNumber()).isEqualTo("TDN-2027-000002");
    }

    @Test
    void a_note_naming_a_location_unknown_or_no_longer_in_use_is_refused_and_nothing_is_announced() {
        UUID closed = inventory.warehouse("Closed depot");
        done(inventory.manageLocations.update(new UpdateLocationCommand(Inventory.MANAGER, closed, null, null, null, null, false)));

        Rejection unknown = refused(notes.create(TransferScenarios.note(central, UUID.randomUUID(), cable, "1")));
        Rejection inactive = refused(notes.create(TransferScenarios.note(closed, store, cable, "1")));

        assertThat(unknown.code()).isEqualTo("location-not-found");
        assertThat(unknown.kind()).isEqualTo(Rejection.Kind.UNPROCESSABLE);
        assertThat(unknown.field()).isEqualTo("destinationLocationId");
        assertThat(inactive.code()).isEqualTo("location-inactive");
        assertThat(inactive.field()).isEqualTo("originLocationId");
        assertThat(inventory.events.published()).isEmpty();
    }

    @Test
    void a_note_from_a_location_to_itself_is_refused() {
        Rejection refused = refused(notes.create(TransferScenarios.note(central, central, cable, "1")));

        assertThat(refused.code()).isEqualTo("same-origin-and-destination");
        assertThat(inventory.events.published()).isEmpty();
    }
}
