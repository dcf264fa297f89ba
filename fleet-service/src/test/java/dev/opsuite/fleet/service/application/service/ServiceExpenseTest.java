package dev.opsuite.fleet.service.application.service;

import static dev.opsuite.fleet.testing.Results.accepted;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opsuite.fleet.costs.domain.ExpenseCategory;
import dev.opsuite.fleet.costs.domain.VehicleExpense;
import dev.opsuite.fleet.kernel.Cost;
import dev.opsuite.fleet.kernel.VatMode;
import dev.opsuite.fleet.service.domain.GeoPoint;
import dev.opsuite.fleet.service.domain.ServiceLocation;
import dev.opsuite.fleet.service.domain.ServiceRequest;
import dev.opsuite.fleet.service.domain.ServiceRequestType;
import dev.opsuite.fleet.service.domain.Workshop;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Seed 004, scenario 2: the Polish workshop's invoice (500 EUR, reverse charge) becomes the truck's expense. */
class ServiceExpenseTest {

    static final Instant NOW = Instant.parse("2025-11-04T09:00:00Z");

    @Test
    void a_completed_external_service_is_the_vehicles_external_service_expense_of_its_day() {
        UUID provider = UUID.randomUUID();
        ServiceRequest request = accepted(ServiceRequest.open(UUID.randomUUID(), "acme", "SR-2025-000001",
                new ServiceRequest.Opening(UUID.randomUUID(), ServiceRequestType.EMERGENCY, null, Workshop.EXTERNAL, null,
                        new ServiceLocation("Wrocław, Poland", new GeoPoint(51.1079, 17.0385)), "Alternator", null, null),
                "dispatcher", NOW));
        accepted(request.assignWorkshop(Workshop.EXTERNAL, provider, "dispatcher", NOW));
        accepted(request.start("mechanic", NOW.plusSeconds(60)));
        Cost invoice = accepted(Cost.compute("cost.", "EUR", VatMode.REVERSE_CHARGE, new BigDecimal("500"), null, null));
        UUID expenseId = UUID.randomUUID();
        accepted(request.complete(new ServiceRequest.Completion(" Alternator replacement ", invoice, "FV/2025/0456", null),
                expenseId, "mechanic", NOW.plusSeconds(3600)));

        VehicleExpense expense = ServiceRequestService.expenseOf(request, "Auto Service PL", LocalDate.parse("2025-11-04"));

        assertThat(expense.id()).isEqualTo(expenseId);
        assertThat(expense.entry().category()).isEqualTo(ExpenseCategory.EXTERNAL_SERVICE);
        assertThat(expense.entry().amount().gross()).isEqualTo(new BigDecimal("500.00"));
        assertThat(expense.entry().amount().vat()).isEqualTo(new BigDecimal("0.00"));
        assertThat(expense.entry().amount().vatMode()).isEqualTo(VatMode.REVERSE_CHARGE);
        assertThat(expense.serviceRequestId()).isEqualTo(request.id());
        assertThat(expense.entry().description()).isEqualTo("SR-2025-000001: Alternator replacement");
        assertThat(expense.entry().invoiceReference()).isEqualTo("FV/2025/0456");
        assertThat(expense.entry().supplier()).isEqualTo("Auto Service PL");
    }
}
