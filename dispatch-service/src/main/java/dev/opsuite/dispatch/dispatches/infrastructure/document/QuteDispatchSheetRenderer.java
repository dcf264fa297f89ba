package dev.opsuite.dispatch.dispatches.infrastructure.document;

import dev.opsuite.dispatch.dispatches.application.port.out.DispatchSheetRenderer;
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
 * The dispatch sheet, as inventory prints its notes: Qute renders {@value #TEMPLATE} to XHTML (the print view), and
 * suite-support's {@link XhtmlPdf} lays the same XHTML out on A4 (the download). Thread-safe; both methods block.
 */
@ApplicationScoped
@Unremovable
public class QuteDispatchSheetRenderer implements DispatchSheetRenderer {

    /** The template, under {@code src/main/resources/templates}. */
    public static final String TEMPLATE = "dispatch-sheet.html";

    /** The suite's shared print stylesheet, unescaped. */
    private static final RawString STYLES = new RawString(PrintStyles.css());

    private final Template template;

    @Inject
    public QuteDispatchSheetRenderer(@Location(TEMPLATE) Template template) {
        this.template = Objects.requireNonNull(template, "template");
    }

    @Override
    public String html(SheetPrint sheet) {
        return template.data("sheet", DispatchSheetView.of(sheet)).data("css", STYLES).render();
    }

    @Override
    public byte[] pdf(SheetPrint sheet) {
        return XhtmlPdf.render(html(sheet), "opsuite dispatch-service");
    }
}
