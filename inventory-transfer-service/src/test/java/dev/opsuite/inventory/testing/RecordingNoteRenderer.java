package dev.opsuite.inventory.testing;

import dev.opsuite.inventory.transfers.application.port.out.NoteDocumentRenderer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The note renderer of the fast tests: keeps what it was asked to print; the document is the print's text. */
public final class RecordingNoteRenderer implements NoteDocumentRenderer {

    private final List<NotePrint> printed = new ArrayList<>();

    @Override
    public String html(NotePrint note) {
        printed.add(note);
        return note.toString();
    }

    @Override
    public byte[] pdf(NotePrint note) {
        return html(note).getBytes(StandardCharsets.UTF_8);
    }

    public List<NotePrint> printed() {
        return List.copyOf(printed);
    }
}
