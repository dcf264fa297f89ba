package dev.opsuite.billing.invoices.infrastructure.document;

import dev.opsuite.billing.invoices.application.port.out.InvoiceDocumentRenderer;
import dev.opsuite.billing.invoices.domain.Invoice;
import dev.opsuite.support.document.XhtmlPdf;
import io.quarkus.arc.Unremovable;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Objects;

/**
 * The invoice print, as inventory's dispatch note: Qute renders {@value #TEMPLATE} to XHTML (the print view) and
 * suite-support's {@link XhtmlPdf} lays it out on A4 pages. Thread-safe; {@link #pdf} is blocking, CPU-bound work for
 * a worker thread.
 */
@ApplicationScoped
@Unremovable // kept (and its template injection checked at build time) before a resource injects it
public class QuteInvoiceDocumentRenderer implements InvoiceDocumentRenderer {

    /** The template, under {@code src/main/resources/templates}. */
    public static final String TEMPLATE = "invoice.html";

    private final Template template;

    @Inject
    public QuteInvoiceDocumentRenderer(@Location(TEMPLATE) Template template) {
        this.template = Objects.requireNonNull(template, "template");
    }

    /** The print view: a complete, self-contained XHTML page. */
    public String html(Invoice invoice, Instant printedAt) {
        return template.data("invoice", InvoiceDocumentView.of(invoice, printedAt)).render();
    }

    @Override
    public byte[] pdf(Invoice invoice, Instant printedAt) {
        return XhtmlPdf.render(html(invoice, printedAt), "opsuite billing-service");
    }
}
