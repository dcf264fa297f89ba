package dev.opsuite.billing.invoices.infrastructure.document;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import dev.opsuite.billing.invoices.application.port.out.InvoiceDocumentRenderer;
import dev.opsuite.billing.invoices.domain.Invoice;
import io.quarkus.arc.Unremovable;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Objects;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * The invoice print, as inventory's dispatch note: Qute renders {@value #TEMPLATE} to XHTML and Open HTML to PDF lays
 * it out on A4 pages. Thread-safe; {@link #pdf} is blocking, CPU-bound work for a worker thread. Text is set in
 * Helvetica (Windows-1252); other characters (the Č of a Czech customer) fall back to Liberation Sans, the font
 * PDFBox ships in its jar. Nothing external (images, stylesheets, fonts by URL) is ever loaded.
 */
@ApplicationScoped
@Unremovable // kept (and its template injection checked at build time) before a resource injects it
public class QuteInvoiceDocumentRenderer implements InvoiceDocumentRenderer {

    /** The template, under {@code src/main/resources/templates}. */
    public static final String TEMPLATE = "invoice.html";

    private static final String FALLBACK_FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final byte[] FALLBACK_FONT_BYTES = fallbackFont();

    static {
        // Open HTML to PDF traces thousands of lines per document to its own console handler by default.
        XRLog.setLoggingEnabled(false);
    }

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
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .withW3cDocument(parse(html(invoice, printedAt)), null)
                .withProducer("opsuite billing-service")
                .useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                .useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
                .toStream(out);
        if (FALLBACK_FONT_BYTES != null) {
            builder.useFont(() -> new ByteArrayInputStream(FALLBACK_FONT_BYTES), "Liberation Sans", 400,
                    PdfRendererBuilder.FontStyle.NORMAL, true,
                    java.util.EnumSet.of(PdfRendererBuilder.FSFontUseCase.FALLBACK_FINAL));
        }
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render the invoice PDF", e);
        }
        return out.toByteArray();
    }

    /** The page as a DOM, by the JDK's parser with every external entity refused. */
    static Document parse(String xhtml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultNSInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
            return builder.parse(new InputSource(new StringReader(xhtml)));
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("The invoice template did not render well-formed XHTML", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] fallbackFont() {
        try (InputStream in = PdfRendererBuilder.class.getResourceAsStream(FALLBACK_FONT)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            return null;
        }
    }
}
