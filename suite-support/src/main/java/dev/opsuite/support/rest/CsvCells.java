package dev.opsuite.support.rest;

import java.math.BigDecimal;
import java.util.List;

/**
 * Cells of the CSV exports people open in a spreadsheet: RFC 4180 (comma-separated, CRLF, a field quoted when it
 * holds a comma, quote or line break, quotes doubled), and no text cell that a spreadsheet would run as a formula
 * (OWASP, "CSV Injection"): text starting with {@code =}, {@code +}, {@code -}, {@code @}, tab or carriage return
 * gets a single quote in front, so it shows as the text it is. Numbers the service produced stay numbers.
 */
public final class CsvCells {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private CsvCells() {
    }

    /** Text, neutralised when a spreadsheet would read it as a formula, and quoted when RFC 4180 asks; null is empty. */
    public static String text(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String safe = FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return needsQuotes(safe) ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
    }

    /** A decimal as a plain number ({@code -500.00}, never {@code -5E+2}): a spreadsheet reads it as the number; null is empty. */
    public static String number(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }

    /** One line: the cells (each made by {@link #text} or {@link #number}) separated by commas, ended by CRLF. */
    public static String line(List<String> cells) {
        return String.join(",", cells) + "\r\n";
    }

    private static boolean needsQuotes(String value) {
        return value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0;
    }
}
