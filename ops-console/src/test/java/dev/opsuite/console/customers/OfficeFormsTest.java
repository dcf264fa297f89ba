package dev.opsuite.console.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** The CSR's forms turned into field-service's requests: blanks left out, times read as UTC, numbers checked. */
class OfficeFormsTest {

    private static final UUID CUSTOMER = UUID.fromString("00000000-0000-0000-0000-000000000001");

    @Test
    void a_customer_form_leaves_blanks_out_for_the_service_to_name() {
        CustomerForm.Request request = new CustomerForm("  Dana Reyes ", "555-0400", " ", "3 Oak Ave", "Springfield", "")
                .toRequest();

        assertThat(request.name()).isEqualTo("Dana Reyes");
        assertThat(request.email()).isNull();
        assertThat(request.serviceAddress()).isEqualTo(new Customers.Address("3 Oak Ave", "Springfield", null));
    }

    @Test
    void a_place_is_an_address_with_an_optional_label_and_access_notes() {
        assertThat(new PlaceForm("Rental unit", "14 Elm St", "Springfield", "12345", "").toRequest())
                .isEqualTo(new PlaceForm.Request("Rental unit", new Customers.Address("14 Elm St", "Springfield", "12345"),
                        null));
    }

    @Test
    void a_service_call_reads_its_window_as_utc_and_its_callback_flag_as_the_earlier_call() {
        UUID earlier = UUID.randomUUID();
        ServiceCallForm.Request request = new ServiceCallForm("", "No heat", "HIGH", "2026-12-07T09:00",
                "2026-12-07T12:30", earlier.toString()).toRequest(CUSTOMER);

        assertThat(request.customerId()).isEqualTo(CUSTOMER);
        assertThat(request.locationId()).isNull();
        assertThat(request.preferredWindow()).isEqualTo(new Customers.Window(Instant.parse("2026-12-07T09:00:00Z"),
                Instant.parse("2026-12-07T12:30:00Z")));
        assertThat(request.callbackOf()).isEqualTo(earlier);
    }

    @Test
    void no_window_is_no_window_and_half_a_window_is_the_services_to_refuse() {
        assertThat(new ServiceCallForm("", "x", "LOW", "", "", "").toRequest(CUSTOMER).preferredWindow()).isNull();
        assertThat(new ServiceCallForm("", "x", "LOW", "2026-12-07T09:00", "", "").toRequest(CUSTOMER).preferredWindow())
                .isEqualTo(new Customers.Window(Instant.parse("2026-12-07T09:00:00Z"), null));
    }

    @Test
    void a_malformed_time_is_a_problem_next_to_its_input() {
        assertThatThrownBy(() -> new ServiceCallForm("", "x", "LOW", "", "tomorrow", "").toRequest(CUSTOMER))
                .isInstanceOfSatisfying(FormInput.Invalid.class,
                        e -> assertThat(e.problem().errorFor("preferredWindow.to")).contains("date and time"));
    }

    @Test
    void a_job_form_takes_whole_numbers_only() {
        assertThat(new JobForm("Furnace repair", "HVAC", "2", " 90 ").toRequest())
                .isEqualTo(new JobForm.Request("Furnace repair", "HVAC", 2, 90));
        assertThat(new JobForm("t", "HVAC", "", "").toRequest().skillLevel()).isNull();
        assertThatThrownBy(() -> new JobForm("t", "HVAC", "2", "1.5").toRequest())
                .isInstanceOfSatisfying(FormInput.Invalid.class,
                        e -> assertThat(e.problem().errorFor("expectedMinutes")).isEqualTo("Enter a whole number"));
    }
}
