package dev.opsuite.field.intake.infrastructure.persistence;

import dev.opsuite.support.persistence.Envelopes;
import dev.opsuite.field.intake.application.port.out.CustomerStore;
import dev.opsuite.field.intake.domain.Customer;
import dev.opsuite.field.intake.domain.ServiceAddress;
import dev.opsuite.support.paging.Criteria;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import dev.opsuite.field.audit.application.port.in.AuditTrail;
import dev.opsuite.field.audit.domain.AuditEvent.Action;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class CustomerRepository implements PanacheRepositoryBase<CustomerEntity, UUID>, CustomerStore {

    private final AuditTrail audit;

    CustomerRepository(AuditTrail audit) {
        this.audit = audit;
    }

    @Override
    public Uni<Optional<Customer>> find(String tenantId, UUID id) {
        return find("id = ?1 and tenantId = ?2", id, tenantId).firstResult()
                .map(e -> Optional.ofNullable(e).map(CustomerRepository::toDomain));
    }

    @Override
    public Uni<Page<Customer>> list(String tenantId, String search, PageRequest page) {
        Criteria where = Criteria.forTenant(tenantId).containsText(search, "name", "phone");
        var query = find(where.query() + page.orderClause(), where.parameters()).page(page.index(), page.size());
        return query.list().chain(rows -> query.count()
                .map(total -> Page.of(rows.stream().map(CustomerRepository::toDomain).toList(), page, total)));
    }

    @Override
    public Uni<Void> add(Customer c) {
        CustomerEntity e = new CustomerEntity();
        e.id = c.id();
        Envelopes.stamp(e, c.envelope());
        e.name = c.name();
        e.phone = c.phone();
        e.email = c.email();
        e.serviceAddressLine1 = c.serviceAddress().line1();
        e.serviceAddressCity = c.serviceAddress().city();
        e.serviceAddressPostalCode = c.serviceAddress().postalCode();
        return persist(e).call(() -> audit.record("customer", c.envelope(), Action.CREATED, c.id(), null))
                .replaceWithVoid();
    }

    static Customer toDomain(CustomerEntity e) {
        return new Customer(Envelopes.of(e.id, e), e.name, e.phone, e.email,
                new ServiceAddress(e.serviceAddressLine1, e.serviceAddressCity, e.serviceAddressPostalCode));
    }
}
