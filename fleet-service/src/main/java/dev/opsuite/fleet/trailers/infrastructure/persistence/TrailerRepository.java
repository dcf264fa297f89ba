package dev.opsuite.fleet.trailers.infrastructure.persistence;

import dev.opsuite.fleet.trailers.application.port.in.ManageTrailersUseCase.TrailerFilter;
import dev.opsuite.fleet.trailers.application.port.out.TrailerStore;
import dev.opsuite.fleet.trailers.domain.Trailer;
import dev.opsuite.support.paging.Criteria;
import dev.opsuite.support.persistence.Envelopes;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import dev.opsuite.fleet.kernel.persistence.TenantRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
class TrailerRepository implements TenantRepository<TrailerEntity, Trailer>, TrailerStore {

    @Override
    public Uni<Page<Trailer>> search(String tenantId, TrailerFilter filter, PageRequest page) {
        Criteria where = Criteria.forTenant(tenantId).eq("type", filter.type()).eq("status", filter.status());
        var query = find(where.query() + page.orderClause() + ", id", where.parameters()).page(page.index(), page.size());
        return query.list().chain(rows -> query.count()
                .map(total -> Page.of(rows.stream().map(this::toDomain).toList(), page, total)));
    }

    @Override
    public Uni<Trailer> add(Trailer trailer) {
        TrailerEntity e = new TrailerEntity();
        e.id = trailer.id();
        e.type = trailer.type();
        copy(trailer, e);
        // Flushed at once: a registration number already taken fails inside the use case (FleetConstraints).
        return persist(e).call(this::flush).map(this::toDomain);
    }

    @Override
    public Uni<Trailer> save(Trailer trailer) {
        return findById(trailer.id()).invoke(e -> copy(trailer, e)).call(e -> flush()).map(this::toDomain);
    }

    private static void copy(Trailer t, TrailerEntity e) {
        e.registrationNumber = t.registrationNumber();
        e.make = t.make();
        e.model = t.model();
        e.status = t.status();
        Envelopes.stamp(e, t.envelope());
    }

    @Override
    public Class<TrailerEntity> rowType() {
        return TrailerEntity.class;
    }

    @Override
    public Trailer toDomain(TrailerEntity e) {
        return new Trailer(Envelopes.of(e.id, e), e.registrationNumber, e.type, e.make, e.model, e.status);
    }
}
