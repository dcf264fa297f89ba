package dev.opsuite.field.invoices.infrastructure.messaging;

import dev.opsuite.events.EventCatalog;
import dev.opsuite.field.invoices.application.port.in.RecordJobInvoiceUseCase;
import dev.opsuite.field.invoices.domain.JobInvoice;
import dev.opsuite.field.invoices.domain.JobInvoiceStatus;
import dev.opsuite.support.inbox.Inbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Billing's finalized and revised job invoices (billing.job-invoice): the job and its customer's history show them. */
@ApplicationScoped
class JobInvoicesConsumer {

    static final String CONSUMER = "field-service.job-invoices";

    private final Inbox inbox;
    private final RecordJobInvoiceUseCase invoices;

    JobInvoicesConsumer(Inbox inbox, RecordJobInvoiceUseCase invoices) {
        this.inbox = inbox;
        this.invoices = invoices;
    }

    @Incoming("job-invoices")
    Uni<Void> consume(ConsumerRecord<String, String> record) {
        return inbox.deliver(CONSUMER, record, EventCatalog.JOB_INVOICE_FINALIZED, (event, f) -> {
                    event.requireFields(f.invoiceId(), f.invoiceNumber(), f.jobId(), f.customerId(), f.currency(),
                            f.total(), f.finalizedAt());
                    return invoices.record(new JobInvoice(event.tenantId(), f.jobId(), f.invoiceId(), f.invoiceNumber(),
                            f.version(), JobInvoiceStatus.FINALIZED, f.customerId(), f.total(), f.currency(),
                            f.finalizedAt()));
                })
                .chain(() -> inbox.deliver(CONSUMER, record, EventCatalog.JOB_INVOICE_REVISED, (event, r) -> {
                    event.requireFields(r.invoiceId(), r.invoiceNumber(), r.jobId(), r.customerId(), r.currency(),
                            r.total(), r.revisedAt());
                    return invoices.record(new JobInvoice(event.tenantId(), r.jobId(), r.invoiceId(), r.invoiceNumber(),
                            r.version(), JobInvoiceStatus.REVISED, r.customerId(), r.total(), r.currency(),
                            r.revisedAt()));
                }));
    }
}
