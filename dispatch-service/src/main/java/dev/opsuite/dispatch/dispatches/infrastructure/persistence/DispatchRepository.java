package dev.opsuite.dispatch.dispatches.infrastructure.persistence;

import dev.opsuite.dispatch.dispatches.application.port.in.FindDispatchesQuery.DispatchFilter;
import dev.opsuite.dispatch.dispatches.application.port.out.DispatchStore;
import dev.opsuite.dispatch.dispatches.domain.AttachedInvoice;
import dev.opsuite.dispatch.dispatches.domain.Booking;
import dev.opsuite.dispatch.dispatches.domain.Delivery;
import dev.opsuite.dispatch.dispatches.domain.Dispatch;
import dev.opsuite.dispatch.dispatches.domain.DispatchStatus;
import dev.opsuite.support.paging.Criteria;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import dev.opsuite.support.persistence.Envelopes;
import dev.opsuite.support.persistence.JsonList;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.reactive.mutiny.Mutiny;

/** Dispatches with their live invoice links; a deleted dispatch is never read back. */
@ApplicationScoped
class DispatchRepository implements DispatchStore {

    private static final String LIVE_LINKS = "from DispatchInvoiceEntity where tenantId = :tenant and dispatchId in :ids "
            + "and detachedAt is null order by attachedAt, invoiceNumber";

    @Override
    public Uni<Optional<Dispatch>> find(String tenantId, UUID id) {
        return Panache.getSession().chain(s -> s.createSelectionQuery(
                        "from DispatchEntity where id = :id and tenantId = :tenant and deletedAt is null", DispatchEntity.class)
                .setParameter("id", id).setParameter("tenant", tenantId).getSingleResultOrNull()
                .chain(e -> e == null ? Uni.createFrom().item(Optional.<Dispatch>empty())
                        : withLinks(s, tenantId, List.of(e)).map(list -> Optional.of(list.get(0)))));
    }

    @Override
    public Uni<Dispatch> add(Dispatch d) {
        DispatchEntity e = new DispatchEntity();
        e.id = d.id();
        e.number = d.number();
        e.tripTicketId = d.booking().tripTicketId();
        copy(d, e);
        return Panache.getSession().chain(s -> s.persist(e)
                .chain(() -> links(s, d))
                .call(s::flush)
                .chain(() -> withLinks(s, d.tenantId(), List.of(e))).map(list -> list.get(0)));
    }

    @Override
    public Uni<Dispatch> save(Dispatch d) {
        // Loaded by find in this session: copying onto it and flushing bumps the version (the new ETag).
        return Panache.getSession().chain(s -> s.find(DispatchEntity.class, d.id()).chain(e -> {
            copy(d, e);
            return links(s, d).call(s::flush).chain(() -> withLinks(s, d.tenantId(), List.of(e))).map(list -> list.get(0));
        }));
    }

    @Override
    public Uni<Page<Dispatch>> list(String tenantId, DispatchFilter f, PageRequest page) {
        Criteria where = Criteria.forTenant(tenantId).where("deletedAt is null", Map.of()).within("datetime", f.datetime())
                .eq("unitId", f.unit()).eq("createdBy", f.createdBy()).in("status", f.statuses());
        if (f.customerId() != null) {
            where.where("exists (select 1 from DispatchInvoiceEntity l where l.tenantId = d.tenantId and l.dispatchId = d.id "
                    + "and l.customerId = :customerId and l.detachedAt is null)", Map.of("customerId", f.customerId()));
        }
        String from = "from DispatchEntity d where " + where.query();
        return Panache.getSession().chain(s -> {
            var rows = s.createSelectionQuery(from + page.orderClause() + ", id", DispatchEntity.class);
            var count = s.createSelectionQuery("select count(*) " + from, Long.class);
            where.parameters().forEach((name, value) -> {
                rows.setParameter(name, value);
                count.setParameter(name, value);
            });
            return rows.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList()
                    .chain(list -> withLinks(s, tenantId, list))
                    .chain(list -> count.getSingleResult().map(total -> Page.of(list, page, total)));
        });
    }

    @Override
    public Uni<List<Dispatch>> inStatus(String tenantId, Set<DispatchStatus> statuses) {
        return Panache.getSession().chain(s -> s.createSelectionQuery("from DispatchEntity where tenantId = :tenant "
                        + "and status in :statuses and deletedAt is null order by datetime, id", DispatchEntity.class)
                .setParameter("tenant", tenantId).setParameter("statuses", statuses).getResultList()
                .chain(list -> withLinks(s, tenantId, list)));
    }

    @Override
    public Uni<Void> keepProof(String tenantId, UUID dispatchId, String mediaType, String fileName, byte[] content,
            String by, Instant at) {
        return Panache.getSession().chain(s -> s.find(DispatchProofEntity.class, dispatchId).chain(found -> {
            DispatchProofEntity e = found != null ? found : new DispatchProofEntity();
            e.dispatchId = dispatchId;
            e.tenantId = tenantId;
            e.mediaType = mediaType;
            e.fileName = fileName == null || fileName.length() <= 255 ? fileName : fileName.substring(0, 255);
            e.size = content.length;
            e.sha256 = sha256(content);
            e.content = content;
            e.uploadedBy = by;
            e.uploadedAt = at;
            return (found != null ? Uni.createFrom().voidItem() : s.persist(e)).call(s::flush);
        }));
    }

    /** Inserts the links the dispatch gained and marks detached those it lost (by its last change's author and time). */
    private static Uni<Void> links(Mutiny.Session s, Dispatch d) {
        return s.createSelectionQuery(LIVE_LINKS, DispatchInvoiceEntity.class)
                .setParameter("tenant", d.tenantId()).setParameter("ids", List.of(d.id())).getResultList()
                .chain(stored -> {
                    Set<UUID> kept = d.invoices().stream().map(AttachedInvoice::invoiceId).collect(Collectors.toSet());
                    Set<UUID> had = stored.stream().map(l -> l.invoiceId).collect(Collectors.toSet());
                    for (DispatchInvoiceEntity link : stored) {
                        if (!kept.contains(link.invoiceId)) {
                            link.detachedBy = d.envelope().updatedBy();
                            link.detachedAt = d.envelope().updatedAt();
                        }
                    }
                    // Detachments first: an invoice taken off and put back in one change needs its old link closed.
                    return s.flush().chain(() -> {
                        List<DispatchInvoiceEntity> added = d.invoices().stream().filter(i -> !had.contains(i.invoiceId()))
                                .map(i -> link(d, i)).toList();
                        return added.isEmpty() ? Uni.createFrom().voidItem() : s.persistAll(added.toArray());
                    });
                });
    }

    private static DispatchInvoiceEntity link(Dispatch d, AttachedInvoice i) {
        DispatchInvoiceEntity link = new DispatchInvoiceEntity();
        link.id = UUID.randomUUID();
        link.tenantId = d.tenantId();
        link.dispatchId = d.id();
        link.invoiceId = i.invoiceId();
        link.invoiceNumber = i.invoiceNumber();
        link.salesOrderId = i.salesOrderId();
        link.customerId = i.customerId();
        link.attachedBy = i.attachedBy();
        link.attachedAt = i.attachedAt();
        return link;
    }

    private static Uni<List<Dispatch>> withLinks(Mutiny.Session s, String tenantId, List<DispatchEntity> rows) {
        if (rows.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        Collection<UUID> ids = rows.stream().map(e -> e.id).toList();
        return s.createSelectionQuery(LIVE_LINKS, DispatchInvoiceEntity.class).setParameter("tenant", tenantId)
                .setParameter("ids", ids).getResultList().map(links -> {
                    Map<UUID, List<AttachedInvoice>> byDispatch = links.stream().collect(Collectors.groupingBy(
                            l -> l.dispatchId, Collectors.mapping(l -> new AttachedInvoice(l.invoiceId, l.invoiceNumber,
                                    l.salesOrderId, l.customerId, l.attachedBy, l.attachedAt), Collectors.toList())));
                    return rows.stream().map(e -> toDomain(e, byDispatch.getOrDefault(e.id, List.of()))).toList();
                });
    }

    private static void copy(Dispatch d, DispatchEntity e) {
        Envelopes.stamp(e, d.envelope());
        Booking b = d.booking();
        e.datetime = d.datetime();
        e.unitId = b.unitId();
        e.vehicleId = b.vehicleId();
        e.driverId = b.driverId();
        e.trailerId = b.trailerId();
        e.tripTicketNumber = b.tripTicketNumber();
        e.orderReference = b.orderReference();
        e.windowFrom = b.windowFrom();
        e.windowTo = b.windowTo();
        e.status = d.status();
        e.invoiceCount = d.invoices().size();
        e.departedAt = d.departedAt();
        e.recipientName = d.delivery() == null ? null : d.delivery().recipientName();
        e.receivedAt = d.delivery() == null ? null : d.delivery().receivedAt();
        e.proofAttached = d.delivery() != null && d.delivery().proofAttached();
        e.proofUploaded = d.proofUploaded();
        e.cancelReason = d.cancellation() == null ? null : d.cancellation().reason();
        e.cancelledBy = d.cancellation() == null ? null : d.cancellation().by();
        e.cancelledAt = d.cancellation() == null ? null : d.cancellation().at();
        e.deletedBy = d.deletion() == null ? null : d.deletion().by();
        e.deletedAt = d.deletion() == null ? null : d.deletion().at();
        e.history = JsonList.of(d.history());
    }

    static Dispatch toDomain(DispatchEntity e, List<AttachedInvoice> invoices) {
        Booking booking = new Booking(e.unitId, e.vehicleId, e.driverId, e.trailerId, e.tripTicketId, e.tripTicketNumber,
                e.orderReference, e.windowFrom, e.windowTo);
        Delivery delivery = e.receivedAt == null ? null : new Delivery(e.recipientName, e.receivedAt, e.proofAttached);
        var cancellation = e.cancelledAt == null ? null : new Dispatch.Cancellation(e.cancelReason, e.cancelledBy, e.cancelledAt);
        var deletion = e.deletedAt == null ? null : new Dispatch.Deletion(e.deletedBy, e.deletedAt);
        return new Dispatch(Envelopes.of(e.id, e), e.number, e.datetime, booking, e.status, invoices, e.departedAt, delivery,
                e.proofUploaded, cancellation, deletion, e.history.lines());
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
