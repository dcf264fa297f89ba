package dev.opsuite.fleet.costs.infrastructure.persistence;

import dev.opsuite.fleet.costs.application.port.in.FindVehicleCostsQuery.ExpenseFilter;
import dev.opsuite.fleet.costs.application.port.out.VehicleExpenseStore;
import dev.opsuite.fleet.kernel.Cost;
import dev.opsuite.fleet.costs.domain.ExpenseCategory;
import dev.opsuite.fleet.costs.domain.VehicleExpense;
import dev.opsuite.support.paging.Criteria;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import dev.opsuite.support.persistence.Envelopes;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class VehicleExpenseRepository implements PanacheRepositoryBase<VehicleExpenseEntity, UUID>, VehicleExpenseStore {

    @Override
    public Uni<Optional<VehicleExpense>> find(String tenantId, UUID id) {
        return find("id = ?1 and tenantId = ?2", id, tenantId).firstResult().map(e -> Optional.ofNullable(e).map(VehicleExpenseRepository::toDomain));
    }

    @Override
    public Uni<Page<VehicleExpense>> search(String tenantId, ExpenseFilter f, PageRequest page) {
        Criteria where = incurred(Criteria.forTenant(tenantId).eq("vehicleId", f.vehicleId()).in("category", f.categories())
                .eq("currency", f.currency()).eq("serviceRequestId", f.serviceRequestId()), f.incurredFrom(), f.incurredTo());
        var query = find(where.query() + page.orderClause() + ", id", where.parameters()).page(page.index(), page.size());
        return query.list().chain(rows -> query.count()
                .map(total -> Page.of(rows.stream().map(VehicleExpenseRepository::toDomain).toList(), page, total)));
    }

    @Override
    public Uni<VehicleExpense> add(VehicleExpense x) {
        VehicleExpenseEntity e = new VehicleExpenseEntity();
        e.id = x.id();
        Envelopes.stamp(e, x.envelope());
        e.vehicleId = x.entry().vehicleId();
        e.category = x.entry().category();
        e.description = x.entry().description();
        e.incurredOn = x.entry().incurredOn();
        e.currency = x.entry().amount().currency();
        e.vatMode = x.entry().amount().vatMode();
        e.net = x.entry().amount().net();
        e.vatRate = x.entry().amount().vatRate();
        e.vat = x.entry().amount().vat();
        e.gross = x.entry().amount().gross();
        e.supplier = x.entry().supplier();
        e.invoiceReference = x.entry().invoiceReference();
        e.serviceRequestId = x.serviceRequestId();
        // Flushed at once: a second expense of one service request fails inside the use case (ServiceConstraints).
        return persist(e).call(this::flush).map(VehicleExpenseRepository::toDomain);
    }

    @Override
    public Uni<List<Total>> totals(String tenantId, UUID vehicleId, LocalDate from, LocalDate to) {
        Criteria where = incurred(Criteria.forTenant(tenantId).eq("vehicleId", vehicleId), from, to);
        String hql = "select currency, category, count(*), sum(net), sum(vat), sum(gross) from VehicleExpenseEntity where "
                + where.query() + " group by currency, category order by currency, category";
        return Panache.getSession().chain(session -> {
            var query = session.createSelectionQuery(hql, Object[].class);
            where.parameters().forEach(query::setParameter);
            return query.getResultList();
        }).map(rows -> rows.stream().map(row -> new Total((String) row[0], (ExpenseCategory) row[1], (Long) row[2],
                (BigDecimal) row[3], (BigDecimal) row[4], (BigDecimal) row[5])).toList());
    }

    /** Incurred from {@code from} to {@code to}, both days included; either may be open. */
    private static Criteria incurred(Criteria where, LocalDate from, LocalDate to) {
        if (from != null) {
            where.where("incurredOn >= :incurredFrom", Map.of("incurredFrom", from));
        }
        if (to != null) {
            where.where("incurredOn <= :incurredTo", Map.of("incurredTo", to));
        }
        return where;
    }

    static VehicleExpense toDomain(VehicleExpenseEntity e) {
        return new VehicleExpense(Envelopes.of(e.id, e), new VehicleExpense.Entry(e.vehicleId, e.category, e.description,
                e.incurredOn, new Cost(e.currency, e.vatMode, e.net, e.vatRate, e.vat, e.gross), e.supplier,
                e.invoiceReference), e.serviceRequestId);
    }
}
