package dev.opsuite.field.testing;

import dev.opsuite.field.intake.application.port.out.CustomerStore;
import dev.opsuite.field.intake.domain.Customer;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import io.smallrye.mutiny.Uni;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** Customers in a list; another tenant's customer is not found, as in the database. */
public final class InMemoryCustomers implements CustomerStore {

    private final List<Customer> customers = new ArrayList<>();

    @Override
    public Uni<Optional<Customer>> find(String tenantId, UUID id) {
        return Uni.createFrom().item(customers.stream()
                .filter(c -> c.tenantId().equals(tenantId) && c.id().equals(id)).findFirst());
    }

    @Override
    public Uni<Page<Customer>> list(String tenantId, String search, PageRequest page) {
        String text = search == null ? "" : search.toLowerCase(Locale.ROOT);
        return Uni.createFrom().item(Page.slice(customers.stream().filter(c -> c.tenantId().equals(tenantId))
                .filter(c -> c.name().toLowerCase(Locale.ROOT).contains(text) || c.phone().contains(text)).toList(), page));
    }

    @Override
    public Uni<Void> add(Customer customer) {
        customers.add(customer);
        return Uni.createFrom().voidItem();
    }

    /** Every customer stored, of every tenant. */
    public List<Customer> all() {
        return List.copyOf(customers);
    }
}
