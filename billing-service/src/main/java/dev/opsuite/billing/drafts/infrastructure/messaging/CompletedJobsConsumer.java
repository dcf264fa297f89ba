package dev.opsuite.billing.drafts.infrastructure.messaging;

import dev.opsuite.billing.drafts.application.port.in.DraftInvoiceFromJobUseCase;
import dev.opsuite.billing.drafts.application.port.in.DraftInvoiceFromJobUseCase.JobToInvoice;
import dev.opsuite.billing.drafts.domain.CompletedJob;
import dev.opsuite.billing.drafts.domain.DraftLine;
import dev.opsuite.billing.drafts.domain.LineKind;
import dev.opsuite.events.EventCatalog;
import dev.opsuite.events.JobCompleted;
import dev.opsuite.support.inbox.Inbox;
import dev.opsuite.support.inbox.IncomingEvent;
import dev.opsuite.support.inbox.PoisonEventException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Field's completed jobs (job-completed on field.job) become invoice drafts: with field's pricing when it sent one,
 * else the labor and parts at 0.00 in the configured currency, for finance to price. Other job events are passed over.
 */
@ApplicationScoped
class CompletedJobsConsumer {

    static final String CONSUMER = "billing-service.invoice-drafts";

    private final Inbox inbox;
    private final DraftInvoiceFromJobUseCase drafts;
    private final String unpricedCurrency;

    CompletedJobsConsumer(Inbox inbox, DraftInvoiceFromJobUseCase drafts,
            @ConfigProperty(name = "opsuite.billing.drafts.unpriced-currency", defaultValue = "USD") String unpricedCurrency) {
        this.inbox = inbox;
        this.drafts = drafts;
        this.unpricedCurrency = unpricedCurrency;
    }

    @Incoming("completed-jobs")
    Uni<Void> consume(ConsumerRecord<String, String> record) {
        return inbox.deliver(CONSUMER, record, EventCatalog.JOB_COMPLETED,
                (event, completed) -> drafts.draft(toInvoice(event, completed)));
    }

    private JobToInvoice toInvoice(IncomingEvent event, JobCompleted c) {
        event.requireFields(c.jobId(), c.serviceCallId(), c.customerId(), c.labor(), c.partsUsed(), c.completedBy(),
                c.completedAt());
        JobCompleted.Pricing pricing = c.pricing();
        CompletedJob job = new CompletedJob(c.jobId(), c.serviceCallId(), c.customerId(), c.technicianId(),
                c.completedBy(), c.completedAt(), pricing == null ? null : pricing.estimateId());
        if (pricing != null) {
            event.requireFields(pricing.currency(), pricing.lines(), pricing.taxRate());
            // Billing recomputes amounts and totals by the shared rule from quantity, unit price and taxability.
            List<DraftLine> lines = pricing.lines().stream().map(l -> {
                event.requireFields(l.kind(), l.description(), l.quantity(), l.unitPrice());
                return new DraftLine(kind(event, l.kind()), l.sourceId(), l.description(), l.sku(), l.rateClass(),
                        l.quantity(), l.unitPrice(), l.taxable(), true);
            }).toList();
            return new JobToInvoice(event.tenantId(), job, pricing.currency(), lines, pricing.taxRate());
        }
        List<DraftLine> lines = new ArrayList<>();
        c.labor().forEach(l -> {
            event.requireFields(l.laborEntryId(), l.hours());
            lines.add(DraftLine.unpricedLabor(l.laborEntryId(), l.rateClass(), l.hours()));
        });
        c.partsUsed().forEach(p -> {
            event.requireFields(p.partUsedId(), p.sku(), p.quantity());
            lines.add(DraftLine.unpricedPart(p.partUsedId(), p.sku(), p.quantity()));
        });
        return new JobToInvoice(event.tenantId(), job, unpricedCurrency, lines, BigDecimal.ZERO);
    }

    /** A kind this version does not know can never be drafted: a poison message, not a retry. */
    private static LineKind kind(IncomingEvent event, String kind) {
        try {
            return LineKind.valueOf(kind);
        } catch (IllegalArgumentException unknown) {
            throw new PoisonEventException(event.type() + " event " + event.id() + " prices a line of kind " + kind, unknown);
        }
    }
}
