package dev.opsuite.field.estimates.infrastructure.document;

import dev.opsuite.field.estimates.application.port.out.EstimateDocumentRenderer;
import dev.opsuite.field.estimates.domain.Estimate;
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

/** The estimate print: Qute renders {@value #TEMPLATE} to XHTML and suite-support's {@link XhtmlPdf} lays it out on A4. */
@ApplicationScoped
@Unremovable
public class QuteEstimateDocumentRenderer implements EstimateDocumentRenderer {

    /** The template, under {@code src/main/resources/templates}. */
    public static final String TEMPLATE = "estimate.html";

    /** The suite's shared print stylesheet, unescaped. */
    private static final RawString STYLES = new RawString(PrintStyles.css());

    private final Template template;

    @Inject
    public QuteEstimateDocumentRenderer(@Location(TEMPLATE) Template template) {
        this.template = Objects.requireNonNull(template, "template");
    }

    public String html(Estimate estimate, Instant printedAt) {
        return template.data("estimate", EstimateDocumentView.of(estimate, printedAt)).data("css", STYLES).render();
    }

    @Override
    public byte[] pdf(Estimate estimate, Instant printedAt) {
        return XhtmlPdf.render(html(estimate, printedAt), "opsuite field-service");
    }
}
