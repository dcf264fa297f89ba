package dev.opsuite.dispatch.requests.infrastructure.persistence;

import dev.opsuite.dispatch.requests.application.port.out.InvoiceRequestStore;
import dev.opsuite.dispatch.requests.domain.InvoiceRequest;
import dev.opsuite.support.persistence.Envelopes;
import dev.opsuite.support.persistence.JsonList;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class InvoiceRequestRepository implements PanacheRepositoryBase<InvoiceRequestEntity, UUID>, InvoiceRequestStore {

    @Override
    public Uni<Optional<InvoiceRequest>> find(String tenantId, UUID id) {
        return find("id = ?1 and tenantId = ?2", id, tenantId).firstResult()
                .map(e -> Optional.ofNullable(e).map(InvoiceRequestRepository::toDomain));
    }

    @Override
    public Uni<InvoiceRequest> add(InvoiceRequest r) {
        InvoiceRequestEntity e = new InvoiceRequestEntity();
        e.id = r.id();
        e.dispatchId = r.dispatchId();
        e.dispatchNumber = r.dispatchNumber();
        e.salesOrderId = r.salesOrderId();
        e.lines = JsonList.of(r.lines());
        copy(r, e);
        return persistAndFlush(e).map(InvoiceRequestRepository::toDomain);
    }

    @Override
    public Uni<InvoiceRequest> save(InvoiceRequest r) {
        return findById(r.id()).invoke(e -> copy(r, e)).call(e -> flush()).map(InvoiceRequestRepository::toDomain);
    }

    @Override
    public Uni<List<InvoiceRequest>> ofDispatch(String tenantId, UUID dispatchId) {
        return list("tenantId = ?1 and dispatchId = ?2 order by createdAt, id", tenantId, dispatchId)
                .map(rows -> rows.stream().map(InvoiceRequestRepository::toDomain).toList());
    }

    private static void copy(InvoiceRequest r, InvoiceRequestEntity e) {
        Envelopes.stamp(e, r.envelope());
        e.status = r.status();
        InvoiceRequest.Answer a = r.answer();
        e.invoiceId = a == null ? null : a.invoiceId();
        e.attached = a != null && a.attached();
        e.reason = a == null ? null : a.reason();
        e.detail = a == null ? null : a.detail();
        e.answeredAt = a == null ? null : a.at();
    }

    static InvoiceRequest toDomain(InvoiceRequestEntity e) {
        InvoiceRequest.Answer answer = e.answeredAt == null ? null
                : new InvoiceRequest.Answer(e.invoiceId, e.attached, e.reason, e.detail, e.answeredAt);
        return new InvoiceRequest(Envelopes.of(e.id, e), e.dispatchId, e.dispatchNumber, e.salesOrderId, e.lines.lines(),
                e.status, answer);
    }
}
