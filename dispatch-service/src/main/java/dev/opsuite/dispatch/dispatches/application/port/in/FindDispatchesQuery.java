package dev.opsuite.dispatch.dispatches.application.port.in;

import dev.opsuite.dispatch.dispatches.domain.Dispatch;
import dev.opsuite.dispatch.dispatches.domain.DispatchStatus;
import dev.opsuite.dispatch.invoices.domain.IssuedInvoice;
import dev.opsuite.dispatch.units.domain.TransportUnit;
import dev.opsuite.dispatch.units.domain.TripTicket;
import dev.opsuite.support.paging.DateRange;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Reads the dispatches of the caller's business; a deleted one is not found. */
public interface FindDispatchesQuery {

    /** Seed 000's list filters, each optional: datetime range, unit, customer (via attached invoices), creator, statuses. */
    record DispatchFilter(DateRange datetime, UUID unit, UUID customerId, String createdBy, Set<DispatchStatus> statuses) {
    }

    /** The detail: the dispatch, its trip ticket as fleet announced it (null if never) and its invoices as billing did. */
    record DispatchView(Dispatch dispatch, TripTicket tripTicket, List<IssuedInvoice> invoices) {
    }

    /** A scheduled or dispatched dispatch whose unit is no longer ready, with the unit as fleet last announced it. */
    record AtRisk(Dispatch dispatch, TransportUnit unit) {
    }

    /** NOT_FOUND ({@code dispatch-not-found}) when the business has no such dispatch, or it was deleted. */
    Uni<Dispatch> dispatch(String tenantId, UUID id);

    Uni<DispatchView> view(String tenantId, UUID id);

    Uni<Page<Dispatch>> dispatches(String tenantId, DispatchFilter filter, PageRequest page);

    Uni<List<AtRisk>> atRisk(String tenantId);
}
