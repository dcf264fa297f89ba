package dev.opsuite.billing.drafts.infrastructure.document;

import dev.opsuite.billing.drafts.application.port.out.InvoiceDraftRenderer;
import dev.opsuite.billing.drafts.domain.InvoiceDraft;
import dev.opsuite.support.document.PrintStyles;
import dev.opsuite.support.document.XhtmlPdf;
import io.quarkus.arc.Unremovable;
import io.quarkus.qute.Location;
import io.quarkus.qute.RawString;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Objects;

/** The invoice draft print: Qute renders {@value #TEMPLATE} to XHTML and {@link XhtmlPdf} lays it out on A4. */
@ApplicationScoped
@Unremovable
public class QuteInvoiceDraftRenderer implements InvoiceDraftRenderer {

    public static final String TEMPLATE = "invoice-draft.html";

    /** The suite's print stylesheet, unescaped into the template's style block. */
    private static final RawString STYLES = new RawString(PrintStyles.css());

    private final Template template;

    @Inject
    public QuteInvoiceDraftRenderer(@Location(TEMPLATE) Template template) {
        this.template = Objects.requireNonNull(template, "template");
    }

    public String html(InvoiceDraft draft, Instant printedAt) {
        return template.data("draft", InvoiceDraftDocumentView.of(draft, printedAt)).data("css", STYLES).render();
    }

    @Override
    public byte[] pdf(InvoiceDraft draft, Instant printedAt) {
        return XhtmlPdf.render(html(draft, printedAt), "opsuite billing-service");
    }
}
