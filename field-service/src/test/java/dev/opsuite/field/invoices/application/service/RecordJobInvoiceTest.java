package dev.opsuite.field.invoices.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opsuite.field.invoices.domain.JobInvoice;
import dev.opsuite.field.invoices.domain.JobInvoiceStatus;
import dev.opsuite.field.testing.InMemoryJobInvoices;
import dev.opsuite.support.application.RejectedException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Seed 002: a finalized invoice's status flows back to its job; a later version replaces it, an older one does not. */
class RecordJobInvoiceTest {

    static final UUID JOB = UUID.randomUUID();
    static final UUID CUSTOMER = UUID.randomUUID();

    final JobInvoiceService service = new JobInvoiceService(new InMemoryJobInvoices());

    @Test
    void the_job_shows_the_latest_version_it_heard_of() {
        service.record(invoice(1, JobInvoiceStatus.FINALIZED, "356.46")).await().indefinitely();
        service.record(invoice(2, JobInvoiceStatus.REVISED, "403.96")).await().indefinitely();
        service.record(invoice(1, JobInvoiceStatus.FINALIZED, "356.46")).await().indefinitely();

        JobInvoice shown = service.ofJob("acme", JOB).await().indefinitely();
        assertThat(shown.version()).isEqualTo(2);
        assertThat(shown.status()).isEqualTo(JobInvoiceStatus.REVISED);
        assertThat(shown.total()).isEqualByComparingTo("403.96");
        assertThat(service.ofCustomer("acme", CUSTOMER).await().indefinitely()).singleElement();
    }

    @Test
    void a_job_without_an_invoice_is_not_found() {
        assertThatThrownBy(() -> service.ofJob("acme", UUID.randomUUID()).await().indefinitely())
                .isInstanceOfSatisfying(RejectedException.class,
                        e -> assertThat(e.rejection().code()).isEqualTo("job-invoice-not-found"));
    }

    private static JobInvoice invoice(int version, JobInvoiceStatus status, String total) {
        return new JobInvoice("acme", JOB, new UUID(0, 7), "SVC-2026-000001", version, status, CUSTOMER,
                new BigDecimal(total), "USD", Instant.parse("2026-05-06T10:15:00Z").plusSeconds(version));
    }
}
