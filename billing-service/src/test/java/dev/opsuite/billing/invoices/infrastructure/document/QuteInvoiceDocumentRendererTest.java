package dev.opsuite.billing.invoices.infrastructure.document;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsuite.billing.invoices.domain.DispatchLink;
import dev.opsuite.billing.invoices.domain.Invoice;
import dev.opsuite.billing.invoices.domain.InvoiceLine;
import dev.opsuite.billing.invoices.domain.InvoiceProgress;
import dev.opsuite.billing.invoices.domain.InvoiceStatus;
import dev.opsuite.billing.invoices.domain.InvoicedOrder;
import dev.opsuite.support.domain.Envelope;
import io.quarkus.qute.Engine;
import io.quarkus.qute.HtmlEscaper;
import io.quarkus.qute.ReflectionValueResolver;
import io.quarkus.qute.Template;
import io.quarkus.qute.Variant;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The print without Quarkus: a plain Qute engine set up as Quarkus sets it up for .html templates (escaping on). */
class QuteInvoiceDocumentRendererTest {

    static final Instant ISSUED = Instant.parse("2026-11-20T09:15:00Z");

    static QuteInvoiceDocumentRenderer renderer;

    @BeforeAll
    static void renderer() throws IOException {
        Engine engine = Engine.builder().addDefaults().addValueResolver(new ReflectionValueResolver())
                .addResultMapper(new HtmlEscaper(List.of(Variant.TEXT_HTML))).build();
        String source;
        try (InputStream in = QuteInvoiceDocumentRendererTest.class.getResourceAsStream(
                "/templates/" + QuteInvoiceDocumentRenderer.TEMPLATE)) {
            source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Template template = engine.parse(source, Variant.forContentType(Variant.TEXT_HTML), QuteInvoiceDocumentRenderer.TEMPLATE);
        renderer = new QuteInvoiceDocumentRenderer(template);
    }

    @Test
    void the_print_shows_the_number_lines_total_and_dispatch_escaping_what_the_customer_typed() {
        String html = renderer.html(invoice(), ISSUED.plusSeconds(3600));

        assertThat(html).contains("INV-2026-000042", "SO-2026-000007", "DSP-2026-000003", "Pallet &lt;b&gt;Brno",
                "1,255.00", "125.50", "2026-11-20 09:15", "Dopravní Čechy s.r.o.").doesNotContain("<b>Brno");
    }

    @Test
    void the_pdf_is_a_pdf() {
        byte[] pdf = renderer.pdf(invoice(), ISSUED);

        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(pdf.length).isGreaterThan(1000);
    }

    private static Invoice invoice() {
        return new Invoice(Envelope.created(UUID.randomUUID(), "acme", "billing-eva", ISSUED), "INV-2026-000042",
                new InvoicedOrder(UUID.randomUUID(), "acme", "SO-2026-000007", UUID.randomUUID(), "Dopravní Čechy s.r.o.", "CZK"),
                List.of(new InvoiceLine(UUID.randomUUID(), "Pallet <b>Brno - Olomouc", BigDecimal.TEN, new BigDecimal("125.50"))),
                InvoiceStatus.ISSUED, new InvoiceProgress("billing-eva", ISSUED, null, null, null, null, null, null), null,
                new DispatchLink(UUID.randomUUID(), "DSP-2026-000003", ISSUED));
    }
}
