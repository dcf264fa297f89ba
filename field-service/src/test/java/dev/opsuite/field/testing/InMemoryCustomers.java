package dev.opsuite.field.testing;

import dev.opsuite.field.intake.application.port.out.CustomerStore;
import dev.opsuite.field.intake.domain.Customer;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import dev.opsuite.testing.fakes.InMemoryStore;
import io.smallrye.mutiny.Uni;
import java.util.Locale;

/** Customers in memory; the search matches a name or a phone, as the repository's does. */
public final class InMemoryCustomers extends InMemoryStore<Customer> implements CustomerStore {

    public InMemoryCustomers() {
        super(Customer::id, Customer::tenantId);
    }

    @Override
    public Uni<Page<Customer>> list(String tenantId, String search, PageRequest page) {
        String text = search == null ? "" : search.toLowerCase(Locale.ROOT);
        return records.page(tenantId, c -> c.name().toLowerCase(Locale.ROOT).contains(text) || c.phone().contains(text), page);
    }

    @Override
    public Uni<Void> add(Customer customer) {
        return records.added(customer);
    }
}
