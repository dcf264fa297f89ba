package dev.opsuite.console.technician;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The customer and place read from field-service's job sheet (the only answer that tells a technician). */
class JobSiteTest {

    @Test
    void the_customer_the_place_and_the_call_come_from_the_sheet() {
        JobSite site = JobSite.fromSheet("""
                <h1>Job sheet</h1>
                <h2>Call</h2>
                <p>No heat, furnace clicks · Urgency HIGH</p>

                <h2>Customer and location</h2>
                <p>Carla Diaz · 555-0300<br />Service address: 12 Elm St, 12345 Springfield</p>

                <h2>Job</h2>
                <p>Furnace repair · HVAC level 2</p>
                """);

        assertThat(site).isEqualTo(new JobSite("Carla Diaz", "555-0300", "Service address", "12 Elm St, 12345 Springfield",
                null, "No heat, furnace clicks", "HIGH"));
        assertThat(site.known()).isTrue();
    }

    @Test
    void a_location_with_access_notes_a_callback_and_escaped_text() {
        JobSite site = JobSite.fromSheet("""
                <h2>Call</h2>
                <p>Leak under &quot;Kitchen&quot; sink · Urgency EMERGENCY · Callback</p>
                <h2>Customer and location</h2>
                <p>O&#39;Brien &amp; Sons · 555 0101<br />Rental unit: 3 Oak Rd: rear, 4000 Dover<br />Access: Key with the neighbour &lt;No. 5&gt;</p>
                """);

        assertThat(site.customer()).isEqualTo("O'Brien & Sons");
        assertThat(site.phone()).isEqualTo("555 0101");
        assertThat(site.place()).isEqualTo("Rental unit");
        assertThat(site.address()).isEqualTo("3 Oak Rd: rear, 4000 Dover");
        assertThat(site.access()).isEqualTo("Key with the neighbour <No. 5>");
        assertThat(site.problem()).isEqualTo("Leak under \"Kitchen\" sink · Callback");
        assertThat(site.urgency()).isEqualTo("EMERGENCY");
    }

    @Test
    void a_sheet_of_another_shape_leaves_the_site_unknown() {
        assertThat(JobSite.fromSheet("<html><body>Maintenance</body></html>").known()).isFalse();
        assertThat(JobSite.fromSheet(null)).isEqualTo(JobSite.unknown());
    }
}
