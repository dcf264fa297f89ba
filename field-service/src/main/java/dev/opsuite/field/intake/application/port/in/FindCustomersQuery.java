package dev.opsuite.field.intake.application.port.in;

import dev.opsuite.field.intake.domain.Customer;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import io.smallrye.mutiny.Uni;
import java.util.UUID;

/** Reads customers of the caller's tenant. */
public interface FindCustomersQuery {

    Uni<Customer> customer(String tenantId, UUID id);

    /** @param search free text matched against name and phone, or null for all */
    Uni<Page<Customer>> customers(String tenantId, String search, PageRequest page);
}
