package dev.opsuite.billing.drafts.infrastructure.outbox;

import dev.opsuite.billing.drafts.domain.DraftEdit;
import dev.opsuite.billing.drafts.domain.InvoiceDraft;
import dev.opsuite.billing.drafts.domain.JobInvoiceFinalized;
import dev.opsuite.billing.drafts.domain.JobInvoiceRevised;
import dev.opsuite.billing.drafts.domain.Totals;
import dev.opsuite.events.EventCatalog;
import dev.opsuite.support.domain.DomainEvent;
import dev.opsuite.support.outbox.EventContracts;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Invoices finalized from field jobs, and their corrections, on billing.job-invoice keyed by the invoice (draft) id. */
@ApplicationScoped
class JobInvoiceEventContracts implements EventContracts {

    @Override
    public boolean handles(DomainEvent event) {
        return event instanceof JobInvoiceFinalized || event instanceof JobInvoiceRevised;
    }

    @Override
    public List<Outgoing<?>> contracts(DomainEvent event) {
        if (event instanceof JobInvoiceFinalized f) {
            InvoiceDraft i = f.invoice();
            Totals t = i.totals();
            return EventContracts.one(EventCatalog.JOB_INVOICE_FINALIZED, i.id(), f.tenantId(),
                    new dev.opsuite.events.JobInvoiceFinalized(i.id(), i.invoiceNumber(), i.invoiceVersion(),
                            i.job().jobId(), i.job().serviceCallId(), i.job().customerId(), i.currency(), t.subtotal(),
                            t.tax(), t.total(), i.finalizedBy(), i.finalizedAt()));
        }
        JobInvoiceRevised r = (JobInvoiceRevised) event;
        InvoiceDraft i = r.invoice();
        Totals t = i.totals();
        DraftEdit edit = r.edit();
        return EventContracts.one(EventCatalog.JOB_INVOICE_REVISED, i.id(), r.tenantId(),
                new dev.opsuite.events.JobInvoiceRevised(i.id(), i.invoiceNumber(), i.invoiceVersion(), i.job().jobId(),
                        i.job().serviceCallId(), i.job().customerId(), i.currency(), t.subtotal(), t.tax(), t.total(),
                        i.finalizedBy(), i.finalizedAt(), edit.reason(), edit.editedBy(), edit.editedAt()));
    }
}
