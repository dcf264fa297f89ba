package dev.opsuite.field.intake.application.port.out;

import dev.opsuite.field.intake.domain.Customer;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import io.smallrye.mutiny.Uni;
import java.util.Optional;
import java.util.UUID;

/** Where customers are kept. Every method is scoped to one tenant. */
public interface CustomerStore {

    /** Empty when the customer does not exist in this tenant. */
    Uni<Optional<Customer>> find(String tenantId, UUID id);

    Uni<Page<Customer>> list(String tenantId, String search, PageRequest page);

    Uni<Void> add(Customer customer);
}
