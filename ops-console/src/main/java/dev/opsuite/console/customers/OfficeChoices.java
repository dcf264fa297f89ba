package dev.opsuite.console.customers;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** The fixed choices of the CSR's selects, for templates as {@code inject:officeChoices}. */
@Named("officeChoices")
@ApplicationScoped
public class OfficeChoices {

    public List<String> urgencies() {
        return ServiceCallForm.URGENCIES;
    }

    public List<String> trades() {
        return JobForm.TRADES;
    }
}
