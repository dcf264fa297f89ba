package dev.opsuite.inventory.transfers.infrastructure.document;

import dev.opsuite.inventory.transfers.application.port.out.NoteDocumentRenderer;
import dev.opsuite.support.document.PrintStyles;
import dev.opsuite.support.document.XhtmlPdf;
import io.quarkus.arc.Unremovable;
import io.quarkus.qute.Location;
import io.quarkus.qute.RawString;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Objects;

/**
 * The dispatch note print: Qute renders {@value #TEMPLATE} to XHTML (the print view), and suite-support's
 * {@link XhtmlPdf} lays that same XHTML out on A4 pages (the download; its fonts and limits are written there).
 *
 * <p>Thread-safe: the template is immutable and every PDF gets its own renderer. Both methods are
 * blocking and CPU-bound; {@link #pdf} in particular must run on a worker thread, never the event loop.
 */
@ApplicationScoped
@Unremovable // kept (and its template injection checked at build time) before a resource injects it
public class QuteNoteDocumentRenderer implements NoteDocumentRenderer {

    /** The template, under {@code src/main/resources/templates}. */
    public static final String TEMPLATE = "transfer-dispatch-note.html";

    /** The suite's shared print stylesheet, unescaped. */
    private static final RawString STYLES = new RawString(PrintStyles.css());

    private final Template template;

    /** Takes the template as Quarkus builds it, or as a test builds it from its own Qute engine. */
    @Inject
    public QuteNoteDocumentRenderer(@Location(TEMPLATE) Template template) {
        this.template = Objects.requireNonNull(template, "template");
    }

    @Override
    public String html(NotePrint note) {
        return template.data("note", NoteDocumentView.of(note)).data("css", STYLES).render();
    }

    @Override
    public byte[] pdf(NotePrint note) {
        return XhtmlPdf.render(html(note), "opsuite inventory-transfer-service");
    }
}
