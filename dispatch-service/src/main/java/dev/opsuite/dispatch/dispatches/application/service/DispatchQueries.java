package dev.opsuite.dispatch.dispatches.application.service;

import dev.opsuite.dispatch.dispatches.application.port.in.FindDispatchesQuery;
import dev.opsuite.dispatch.dispatches.application.port.in.ManageDispatchPolicyUseCase;
import dev.opsuite.dispatch.dispatches.application.port.out.DispatchPolicyStore;
import dev.opsuite.dispatch.dispatches.application.port.out.DispatchStore;
import dev.opsuite.dispatch.dispatches.domain.AttachedInvoice;
import dev.opsuite.dispatch.dispatches.domain.Dispatch;
import dev.opsuite.dispatch.dispatches.domain.DispatchPolicy;
import dev.opsuite.dispatch.dispatches.domain.DispatchStatus;
import dev.opsuite.dispatch.invoices.application.port.in.FindInvoicesQuery;
import dev.opsuite.dispatch.units.application.port.in.FindUnitsQuery;
import dev.opsuite.dispatch.units.domain.TransportUnit;
import dev.opsuite.support.application.Rejection;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import dev.opsuite.support.tenancy.Actor;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What dispatchers read: the list, the detail with its trip ticket and invoices, the dispatches at risk; and the policy. */
@ApplicationScoped
class DispatchQueries implements FindDispatchesQuery, ManageDispatchPolicyUseCase {

    private final DispatchStore dispatches;
    private final DispatchPolicyStore policies;
    private final FindUnitsQuery units;
    private final FindInvoicesQuery invoices;
    private final Clock clock;

    DispatchQueries(DispatchStore dispatches, DispatchPolicyStore policies, FindUnitsQuery units, FindInvoicesQuery invoices,
            Clock clock) {
        this.dispatches = dispatches;
        this.policies = policies;
        this.units = units;
        this.invoices = invoices;
        this.clock = clock;
    }

    @Override
    @WithSession
    public Uni<Dispatch> dispatch(String tenantId, UUID id) {
        return dispatches.find(tenantId, id).map(found -> found.orElseThrow(Rejection.missing(DispatchService.WHAT, id)));
    }

    @Override
    @WithSession
    public Uni<DispatchView> view(String tenantId, UUID id) {
        return dispatch(tenantId, id).chain(d -> units.tripTicket(tenantId, d.booking().tripTicketId())
                .chain(ticket -> invoices.invoices(tenantId, d.invoices().stream().map(AttachedInvoice::invoiceId).toList())
                        .map(found -> new DispatchView(d, ticket.orElse(null), found))));
    }

    @Override
    @WithSession
    public Uni<Page<Dispatch>> dispatches(String tenantId, DispatchFilter filter, PageRequest page) {
        return dispatches.list(tenantId, filter, page);
    }

    @Override
    @WithSession
    public Uni<List<AtRisk>> atRisk(String tenantId) {
        return dispatches.inStatus(tenantId, Set.of(DispatchStatus.SCHEDULED, DispatchStatus.DISPATCHED)).chain(live ->
                units.notBookable(tenantId, live.stream().map(d -> d.booking().unitId()).collect(Collectors.toSet()))
                        .map(notReady -> {
                            Map<UUID, TransportUnit> byId = notReady.stream()
                                    .collect(Collectors.toMap(TransportUnit::id, Function.identity()));
                            return live.stream().filter(d -> byId.containsKey(d.booking().unitId()))
                                    .map(d -> new AtRisk(d, byId.get(d.booking().unitId()))).toList();
                        }));
    }

    @Override
    @WithSession
    public Uni<DispatchPolicy> policy(String tenantId) {
        return policies.find(tenantId).map(p -> p.orElse(DispatchPolicy.DEFAULT));
    }

    @Override
    @WithTransaction
    public Uni<DispatchPolicy> change(Actor actor, DispatchPolicy policy) {
        return policies.save(actor.tenantId(), policy, actor.userId(), clock.instant());
    }
}
