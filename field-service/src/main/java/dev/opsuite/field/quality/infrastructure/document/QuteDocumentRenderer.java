package dev.opsuite.field.quality.infrastructure.document;

import dev.opsuite.field.quality.application.port.out.DocumentRenderer;
import dev.opsuite.support.document.PrintStyles;
import dev.opsuite.support.document.XhtmlPdf;
import io.quarkus.qute.Location;
import io.quarkus.qute.RawString;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/**
 * Qute renders each document's template (src/main/resources/templates) to XHTML, the print view; suite-support's
 * {@link XhtmlPdf} lays the same XHTML out on A4 pages. Thread-safe; {@link #pdf} must run on a worker thread.
 */
@ApplicationScoped
class QuteDocumentRenderer implements DocumentRenderer {

    private static final RawString STYLES = new RawString(PrintStyles.css());

    private final Map<Kind, Template> templates;

    QuteDocumentRenderer(@Location("job-sheet.html") Template jobSheet,
            @Location("dispatch-report.html") Template dispatchReport,
            @Location("customer-history.html") Template customerHistory, @Location("parts-report.html") Template parts) {
        this.templates = Map.of(Kind.JOB_SHEET, jobSheet, Kind.DISPATCH_REPORT, dispatchReport,
                Kind.CUSTOMER_HISTORY, customerHistory, Kind.PARTS_REPORT, parts);
    }

    @Override
    public String html(Kind kind, Object model) {
        return templates.get(kind).data("doc", model).data("css", STYLES).render();
    }

    @Override
    public byte[] pdf(Kind kind, Object model) {
        return XhtmlPdf.render(html(kind, model), "opsuite field-service");
    }
}
