package dev.opsuite.console.stock;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** The reservation statuses to filter by, for templates as {@code inject:stockChoices}. */
@Named("stockChoices")
@ApplicationScoped
public class StockChoices {

    public List<String> statuses() {
        return List.of("REQUESTED", "CONFIRMED", "REJECTED", "USED", "CANCELLED");
    }
}
