package dev.opsuite.fleet.drivers.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DriverNumberSequenceTest {

    @Test
    void a_driver_number_format_follows_the_seed() {
        assertThat(DriverNumberSequence.employeeNumber("DRV-0-000001")).isEqualTo("DRV-0001");
        assertThat(DriverNumberSequence.employeeNumber("DRV-0-012345")).isEqualTo("DRV-12345");
    }
}
