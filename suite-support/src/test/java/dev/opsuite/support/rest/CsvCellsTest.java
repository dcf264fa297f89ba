package dev.opsuite.support.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CsvCellsTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "=HYPERLINK(\"http://evil.example\")", "+420 601", "-2+3", "@SUM(A1:A2)", "\t=1+1", "\r=1+1" })
    void text_a_spreadsheet_would_run_as_a_formula_starts_with_a_single_quote(String formula) {
        String cell = CsvCells.text(formula);
        String unquoted = cell.startsWith("\"") ? cell.substring(1, cell.length() - 1).replace("\"\"", "\"") : cell;

        assertThat(unquoted).isEqualTo("'" + formula);
    }

    @Test
    void a_formula_with_a_comma_is_neutralised_and_then_quoted() {
        assertThat(CsvCells.text("=SUM(1,2)")).isEqualTo("\"'=SUM(1,2)\"");
        assertThat(CsvCells.text("=\"x\"")).isEqualTo("\"'=\"\"x\"\"\"");
    }

    @Test
    void other_text_is_as_written_and_quoted_only_when_rfc_4180_asks() {
        assertThat(CsvCells.text("Jan Novák")).isEqualTo("Jan Novák");
        assertThat(CsvCells.text("a = b")).isEqualTo("a = b");
        assertThat(CsvCells.text("Fine: -500 CZK (Speeding, Order ORD-2025-0098)"))
                .isEqualTo("\"Fine: -500 CZK (Speeding, Order ORD-2025-0098)\"");
        assertThat(CsvCells.text("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(CsvCells.text("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(CsvCells.text("")).isEmpty();
        assertThat(CsvCells.text(null)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({ "-500.00, -500.00", "48000.00, 48000.00", "-5E+2, -500", "0.10, 0.10" })
    void numbers_we_produced_stay_numbers(String value, String cell) {
        assertThat(CsvCells.number(new BigDecimal(value))).isEqualTo(cell);
        assertThat(CsvCells.number(null)).isEmpty();
    }

    @Test
    void a_line_is_its_cells_comma_separated_and_ended_by_crlf() {
        assertThat(CsvCells.line(List.of(CsvCells.text("=1+1"), CsvCells.number(new BigDecimal("-500.00")), CsvCells.text("CZK"))))
                .isEqualTo("'=1+1,-500.00,CZK\r\n");
    }
}
