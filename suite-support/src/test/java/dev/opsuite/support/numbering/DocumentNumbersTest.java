package dev.opsuite.support.numbering;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DocumentNumbersTest {

    @Test
    void numbers_read_prefix_year_and_a_six_digit_sequence() {
        assertThat(DocumentNumbers.format("TDN", 2026, 42)).isEqualTo("TDN-2026-000042");
        assertThat(DocumentNumbers.format("INV", 2027, 1_234_567)).isEqualTo("INV-2027-1234567");
    }
}
