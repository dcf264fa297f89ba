package dev.opsuite.field.intake.domain;

import dev.opsuite.support.domain.Envelope;
import dev.opsuite.support.domain.Enveloped;
import dev.opsuite.support.domain.Result;
import java.util.UUID;

/** One of a customer's service locations: where technicians drive to, and how they get in. */
public record Location(Envelope envelope, UUID customerId, String label, ServiceAddress address, String accessNotes)
        implements Enveloped {

    /** A new location of {@code customer}; blank label or notes are none. */
    public static Result<Location> add(Envelope envelope, Customer customer, String label, ServiceAddress address,
            String accessNotes) {
        return Result.accepted(new Location(envelope, customer.id(), blankToNull(label), address.trimmed(),
                blankToNull(accessNotes)));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
