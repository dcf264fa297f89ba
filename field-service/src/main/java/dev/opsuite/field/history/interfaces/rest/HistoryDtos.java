package dev.opsuite.field.history.interfaces.rest;

import dev.opsuite.field.audit.domain.AuditEvent;
import dev.opsuite.field.history.application.port.in.HistoryQuery.History;
import dev.opsuite.field.jobs.domain.JobStatusEvent;
import dev.opsuite.field.invoices.domain.JobInvoice;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Bodies of the history reads. */
final class HistoryDtos {

    private HistoryDtos() {
    }

    record StatusChange(UUID jobId, String from, String to, String why, String by, Instant at) {

        static StatusChange of(JobStatusEvent e) {
            return new StatusChange(e.jobId(), e.from() == null ? null : e.from().name(), e.to().name(), e.why(), e.by(),
                    e.at());
        }
    }

    record Change(String recordType, UUID recordId, String action, long version, UUID customerId, UUID jobId, String by,
            Instant at) {

        static Change of(AuditEvent e) {
            return new Change(e.recordType(), e.recordId(), e.action().name(), e.version(), e.customerId(), e.jobId(),
                    e.by(), e.at());
        }
    }

    /** An invoice billing finalized from one of the jobs, at its latest version (FINALIZED, or REVISED after). */
    record Invoice(UUID jobId, UUID invoiceId, String invoiceNumber, int version, String status, BigDecimal total,
            String currency, Instant at) {

        static Invoice of(JobInvoice i) {
            return new Invoice(i.jobId(), i.invoiceId(), i.invoiceNumber(), i.version(), i.status().name(), i.total(),
                    i.currency(), i.at());
        }
    }

    record HistoryResponse(List<StatusChange> statusChanges, List<Change> changes, List<Invoice> invoices) {

        static HistoryResponse of(History h) {
            return new HistoryResponse(h.statusChanges().stream().map(StatusChange::of).toList(),
                    h.changes().stream().map(Change::of).toList(), h.invoices().stream().map(Invoice::of).toList());
        }
    }
}
