package dev.opsuite.inventory.transfers.infrastructure.document;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsuite.inventory.transfers.application.port.out.NoteDocumentRenderer.Line;
import dev.opsuite.inventory.transfers.application.port.out.NoteDocumentRenderer.NotePrint;
import dev.opsuite.inventory.transfers.application.port.out.NoteDocumentRenderer.Party;
import dev.opsuite.inventory.transfers.application.port.out.NoteDocumentRenderer.Transport;
import io.quarkus.qute.Engine;
import io.quarkus.qute.HtmlEscaper;
import io.quarkus.qute.ReflectionValueResolver;
import io.quarkus.qute.Template;
import io.quarkus.qute.Variant;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The print without Quarkus: a plain Qute engine set up like Quarkus sets it up for {@code .html}
 * templates (HTML escaping on), reading the same template from the class path.
 */
class QuteNoteDocumentRendererTest {

    private static final String ORIGIN = "Sklad Brno – Černovice";
    private static final String DESTINATION = "Centrální sklad Praha – Průmyslová";
    private static final String TRICKY_PRODUCT = "Stretch film <b>& wrap";

    private static QuteNoteDocumentRenderer renderer;

    @BeforeAll
    static void renderer() throws IOException {
        Engine engine = Engine.builder()
                .addDefaults()
                .addValueResolver(new ReflectionValueResolver())
                .addResultMapper(new HtmlEscaper(List.of(Variant.TEXT_HTML)))
                .build();
        String source;
        try (InputStream in = QuteNoteDocumentRendererTest.class.getResourceAsStream(
                "/templates/" + QuteNoteDocumentRenderer.TEMPLATE)) {
            assertThat(in).as("template on the class path").isNotNull();
            source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Template template = engine.parse(source, Variant.forContentType(Variant.TEXT_HTML),
                QuteNoteDocumentRenderer.TEMPLATE);
        renderer = new QuteNoteDocumentRenderer(template);
    }

    static NotePrint dispatchedNote() {
        return new NotePrint("TDN-2026-000042", "ACTIVE", Instant.parse("2026-03-05T14:07:59Z"),
                new Party(ORIGIN, "BRN-01", "WAREHOUSE", "Olomoucká 12, 627 00 Brno"),
                new Party(DESTINATION, "PRG-02", "STORE", "Průmyslová 5, 108 00 Praha 10"),
                List.of(new Line(1, "SKU-1001", TRICKY_PRODUCT, "pcs", new BigDecimal("10.000"),
                                new BigDecimal("12.5"), new BigDecimal("125.00")),
                        new Line(2, "SKU-2002", "Diesel additive", "L", new BigDecimal("2.50"),
                                new BigDecimal("1234.56789"), new BigDecimal("3086.419725"))),
                new BigDecimal("3211.419725"), "CZK", true,
                new Transport("DHL Freight", "1AB 2345", "TT-7781", "Jan Novák", "JD0146000032"),
                "clerk@brno", Instant.parse("2026-03-04T08:30:00Z"), Instant.parse("2026-03-06T09:15:00Z"));
    }

    static NotePrint draftWithoutTransport() {
        return new NotePrint("TDN-2026-000043", "DRAFT", null,
                new Party("Main warehouse", "MAIN", "WAREHOUSE", null),
                new Party("Shop Ostrava", "OST-01", "STORE", "Nádražní 1, Ostrava"),
                List.of(new Line(1, "SKU-3003", "Cable ties", null, new BigDecimal("100"),
                        new BigDecimal("0.05"), new BigDecimal("5.0000"))),
                new BigDecimal("5"), "CZK", false, null,
                "clerk@main", Instant.parse("2026-03-04T08:30:00Z"), Instant.parse("2026-03-04T08:31:00Z"));
    }

    @Test
    void html_shows_the_note_formatted_and_escaped() throws Exception {
        String html = renderer.html(dispatchedNote());

        assertThat(html).startsWith("<!DOCTYPE html>")
                .contains("Transfer dispatch note", "TDN-2026-000042", "ACTIVE", "2026-03-05 14:07")
                .contains(ORIGIN, "BRN-01", "WAREHOUSE", "Olomoucká 12, 627 00 Brno")
                .contains(DESTINATION, "PRG-02", "STORE")
                .contains("SKU-1001", "SKU-2002", "Diesel additive")
                .contains(">10 pcs<", ">2.5 L<")
                .contains("12.5000", "125.00", "1,234.5679", "3,086.42", "3,211.42 CZK")
                .contains("Costs frozen at the weighted average cost of dispatch")
                .doesNotContain("Costs at current weighted average cost")
                .contains("DHL Freight", "1AB 2345", "TT-7781", "Jan Novák", "JD0146000032")
                .contains("clerk@brno", "2026-03-04 08:30", "2026-03-06 09:15")
                .contains("Dispatched by", "Carrier / driver", "Received by");
        assertThat(html).contains("Stretch film &lt;b&gt;&amp; wrap").doesNotContain("<b>&");
        assertWellFormed(html);
    }

    @Test
    void pdf_carries_the_same_document() throws Exception {
        byte[] pdf = renderer.pdf(dispatchedNote());

        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        String text = text(pdf);
        assertThat(text)
                .contains("Transfer dispatch note", "TDN-2026-000042", "ACTIVE", "2026-03-05 14:07")
                .contains(ORIGIN, DESTINATION)
                .contains("SKU-1001", "SKU-2002", TRICKY_PRODUCT)
                .contains("10 pcs", "2.5 L")
                .contains("12.5000", "125.00", "1,234.5679", "3,086.42", "3,211.42 CZK")
                .contains("Costs frozen at the weighted average cost of dispatch")
                .contains("DHL Freight", "1AB 2345", "TT-7781", "Jan Novák", "JD0146000032")
                .contains("clerk@brno", "2026-03-04 08:30", "2026-03-06 09:15")
                .contains("Dispatched by", "Carrier / driver", "Received by");
    }

    @Test
    void a_draft_without_transport_has_provisional_costs_and_no_transport_block() throws Exception {
        NotePrint draft = draftWithoutTransport();

        String html = renderer.html(draft);
        assertThat(html).contains("Costs at current weighted average cost; frozen at dispatch")
                .doesNotContain("Costs frozen at the weighted average cost of dispatch")
                .doesNotContain("Transport", "Carrier<", "Trip ticket", "Tracking number")
                .contains(">100<", "0.0500", "5.00 CZK", "DRAFT");
        assertWellFormed(html);

        String text = text(renderer.pdf(draft));
        assertThat(text).contains("TDN-2026-000043", "Costs at current weighted average cost; frozen at dispatch")
                .doesNotContain("Trip ticket", "Tracking number")
                .contains("Received by");
    }

    @Test
    void formats_quantities_costs_and_money() {
        assertThat(NoteDocumentView.quantity(new BigDecimal("10.000"))).isEqualTo("10");
        assertThat(NoteDocumentView.quantity(new BigDecimal("2.50"))).isEqualTo("2.5");
        assertThat(NoteDocumentView.quantity(new BigDecimal("1E+3"))).isEqualTo("1000");
        assertThat(NoteDocumentView.quantity(new BigDecimal("0.000"))).isEqualTo("0");
        assertThat(NoteDocumentView.unitCost(new BigDecimal("1234.56789"))).isEqualTo("1,234.5679");
        assertThat(NoteDocumentView.unitCost(new BigDecimal("0.5"))).isEqualTo("0.5000");
        assertThat(NoteDocumentView.money(new BigDecimal("1234567.005"))).isEqualTo("1,234,567.01");
        assertThat(NoteDocumentView.money(new BigDecimal("-1234.5"))).isEqualTo("-1,234.50");
        assertThat(NoteDocumentView.money(new BigDecimal("999"))).isEqualTo("999.00");
        assertThat(NoteDocumentView.money(null)).isEqualTo(NoteDocumentView.MISSING);
        assertThat(NoteDocumentView.dateTime(Instant.parse("2026-12-31T23:59:59Z"))).isEqualTo("2026-12-31 23:59");
    }

    @Test
    void renders_concurrently() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> pdfs = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                pdfs.add(pool.submit(() -> renderer.pdf(dispatchedNote())));
            }
            for (Future<byte[]> pdf : pdfs) {
                assertThat(text(pdf.get())).contains("TDN-2026-000042", ORIGIN);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static void assertWellFormed(String html) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    }
}
