package dev.opsuite.fleet.accidents.infrastructure.persistence;

import dev.opsuite.fleet.accidents.application.port.in.FindAccidentsQuery.AccidentFilter;
import dev.opsuite.fleet.accidents.application.port.out.AccidentStore;
import dev.opsuite.fleet.accidents.domain.Accident;
import dev.opsuite.fleet.accidents.domain.AccidentSettlement;
import dev.opsuite.fleet.accidents.domain.AccidentSplit;
import dev.opsuite.fleet.accidents.domain.AccidentStatus;
import dev.opsuite.fleet.kernel.Cost;
import dev.opsuite.fleet.accidents.domain.InsuranceClaim;
import dev.opsuite.support.paging.Criteria;
import dev.opsuite.support.persistence.Envelopes;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class AccidentRepository implements PanacheRepositoryBase<AccidentEntity, UUID>, AccidentStore {

    private static final String BY_ID = "id = ?1 and tenantId = ?2";

    @Override
    public Uni<Optional<Accident>> find(String tenantId, UUID id) {
        return find(BY_ID, id, tenantId).firstResult().map(e -> Optional.ofNullable(e).map(AccidentRepository::toDomain));
    }

    @Override
    public Uni<Optional<Accident>> findForUpdate(String tenantId, UUID id) {
        return find(BY_ID, id, tenantId).withLock(LockModeType.PESSIMISTIC_WRITE).firstResult()
                .map(e -> Optional.ofNullable(e).map(AccidentRepository::toDomain));
    }

    @Override
    public Uni<Page<Accident>> search(String tenantId, AccidentFilter f, PageRequest page) {
        Criteria where = Criteria.forTenant(tenantId).eq("vehicleId", f.vehicleId()).eq("driverId", f.driverId())
                .eq("orderReference", f.orderReference()).in("status", f.statuses());
        var query = find(where.query() + page.orderClause() + ", id", where.parameters()).page(page.index(), page.size());
        return query.list().chain(rows -> query.count()
                .map(total -> Page.of(rows.stream().map(AccidentRepository::toDomain).toList(), page, total)));
    }

    @Override
    public Uni<Accident> add(Accident a) {
        AccidentEntity e = new AccidentEntity();
        e.id = a.id();
        e.number = a.number();
        e.vehicleId = a.vehicleId();
        e.driverId = a.driverId();
        e.trailerId = a.trailerId();
        e.orderReference = a.orderReference();
        e.occurredAt = a.occurredAt();
        copy(a, e);
        return persist(e).call(this::flush).map(AccidentRepository::toDomain);
    }

    @Override
    public Uni<Accident> save(Accident a) {
        // Loaded in this session (findForUpdate): copying onto it and flushing bumps the version.
        return findById(a.id()).invoke(e -> copy(a, e)).call(e -> flush()).map(AccidentRepository::toDomain);
    }

    @Override
    public Uni<Long> countOpen(String tenantId, UUID vehicleId, UUID exceptId) {
        Criteria where = Criteria.forTenant(tenantId).eq("vehicleId", vehicleId).eq("status", AccidentStatus.REPORTED)
                .where("id <> :exceptId", Map.of("exceptId", exceptId));
        return count(where.query(), where.parameters());
    }

    private static void copy(Accident a, AccidentEntity e) {
        Envelopes.stamp(e, a.envelope());
        e.location = a.location();
        e.damageDescription = a.damageDescription();
        e.estimateAmount = a.estimateAmount();
        e.estimateCurrency = a.estimateCurrency();
        e.policeReportNumber = a.policeReportNumber();
        e.status = a.status();
        InsuranceClaim c = a.claim();
        if (c != null) {
            e.claimNumber = c.claimNumber();
            e.claimInsurer = c.insurer();
            e.claimStatus = c.status();
            e.claimApprovedAmount = c.approvedAmount();
            e.claimCurrency = c.currency();
            e.claimRejectReason = c.rejectReason();
            e.claimChangedBy = c.changedBy();
            e.claimChangedAt = c.changedAt();
        }
        AccidentSettlement s = a.settlement();
        if (s != null) {
            Cost i = s.repairInvoice();
            e.repairCurrency = i.currency();
            e.repairVatMode = i.vatMode();
            e.repairNet = i.net();
            e.repairVatRate = i.vatRate();
            e.repairVat = i.vat();
            e.repairGross = i.gross();
            e.repairSupplier = s.supplier();
            e.repairInvoiceReference = s.invoiceReference();
            e.insurerShare = s.split().insurerShare();
            e.companyShare = s.split().companyShare();
            e.driverDeductible = s.split().driverDeductible();
            e.completedOn = s.completedOn();
            e.expenseId = s.expenseId();
            e.settledBy = s.settledBy();
            e.settledAt = s.settledAt();
        }
    }

    static Accident toDomain(AccidentEntity e) {
        InsuranceClaim claim = e.claimNumber == null ? null : new InsuranceClaim(e.claimNumber, e.claimInsurer, e.claimStatus,
                e.claimApprovedAmount, e.claimCurrency, e.claimRejectReason, e.claimChangedBy, e.claimChangedAt);
        AccidentSettlement settlement = e.repairCurrency == null ? null : new AccidentSettlement(
                new Cost(e.repairCurrency, e.repairVatMode, e.repairNet, e.repairVatRate, e.repairVat, e.repairGross),
                e.repairSupplier, e.repairInvoiceReference,
                new AccidentSplit(e.repairCurrency, e.repairNet, e.insurerShare, e.companyShare, e.driverDeductible),
                e.completedOn, e.expenseId, e.settledBy, e.settledAt);
        var circumstances = new Accident.Circumstances(e.vehicleId, e.driverId, e.trailerId, e.orderReference, e.occurredAt);
        var damage = new Accident.Damage(e.location, e.damageDescription, e.estimateAmount, e.estimateCurrency,
                e.policeReportNumber);
        return new Accident(Envelopes.of(e.id, e), e.number, circumstances, damage, e.status, claim, settlement);
    }
}
