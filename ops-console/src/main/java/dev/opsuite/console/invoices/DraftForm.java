package dev.opsuite.console.invoices;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.core.MultivaluedMap;

import dev.opsuite.console.estimates.EstimateForm;
import dev.opsuite.console.estimates.EstimateForm.Refused;
import dev.opsuite.console.web.Problem;

/**
 * Finance's edit of a draft (or of a finalized invoice: its next version): why, the tax rate, and the lines, named as
 * billing names them ({@code lines[i].unitPrice}), plus an empty row to add a line. Empty rows are not sent; the
 * service's line errors are put back under the rows they came from.
 */
public record DraftForm(String version, String reason, String taxRate, List<Row> rows) {

    /** The body of PUT /invoice-drafts/{id}. */
    public record EditBody(String reason, BigDecimal taxRate, List<LineBody> lines) {
    }

    public record LineBody(String kind, UUID sourceId, String description, String sku, String rateClass,
            BigDecimal quantity, BigDecimal unitPrice, boolean taxable) {
    }

    public record Row(int index, String kind, String sourceId, String description, String sku, String rateClass,
            String quantity, String unitPrice, boolean taxable) {

        public String name(String field) {
            return "lines[" + index + "]." + field;
        }

        boolean blank() {
            return empty(description) && empty(quantity) && empty(unitPrice);
        }
    }

    /** What the form sends, and which row each line came from. */
    public record Request(EditBody body, List<Integer> rowOfLine) {
    }

    public static DraftForm of(Draft draft) {
        List<Row> rows = new ArrayList<>();
        for (Draft.Line l : draft.lines()) {
            rows.add(new Row(rows.size(), l.kind(), l.sourceId() == null ? "" : l.sourceId().toString(), l.description(),
                    l.sku(), l.rateClass(), plain(l.quantity()), plain(l.unitPrice()), l.taxable()));
        }
        rows.add(new Row(rows.size(), "PART", "", "", "", "", "", "", true));
        return new DraftForm(Long.toString(draft.version()), "", plain(draft.taxRate()), List.copyOf(rows));
    }

    public static DraftForm of(MultivaluedMap<String, String> form) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; form.containsKey("lines[" + i + "].kind"); i++) {
            String at = "lines[" + i + "].";
            rows.add(new Row(i, form.getFirst(at + "kind"), trim(form.getFirst(at + "sourceId")),
                    trim(form.getFirst(at + "description")), trim(form.getFirst(at + "sku")),
                    trim(form.getFirst(at + "rateClass")), trim(form.getFirst(at + "quantity")),
                    trim(form.getFirst(at + "unitPrice")), form.containsKey(at + "taxable")));
        }
        return new DraftForm(trim(form.getFirst("version")), trim(form.getFirst("reason")),
                trim(form.getFirst("taxRate")), rows);
    }

    public Request request() {
        List<LineBody> lines = new ArrayList<>();
        List<Integer> rowOfLine = new ArrayList<>();
        for (Row r : rows) {
            if (r.blank()) {
                continue;
            }
            lines.add(new LineBody(r.kind(), empty(r.sourceId()) ? null : UUID.fromString(r.sourceId()),
                    r.description(), nullIfEmpty(r.sku()), nullIfEmpty(r.rateClass()),
                    number(r.quantity(), r.name("quantity")), number(r.unitPrice(), r.name("unitPrice")), r.taxable()));
            rowOfLine.add(r.index());
        }
        return new Request(new EditBody(reason, number(taxRate, "taxRate"), lines), rowOfLine);
    }

    /** The service's problem with its lines[k] errors under the form's rows. */
    public static Problem placed(Problem problem, List<Integer> rowOfLine) {
        return EstimateForm.placed(problem, rowOfLine, field -> field);
    }

    private static BigDecimal number(String value, String field) {
        if (empty(value)) {
            return null;
        }
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException e) {
            throw new Refused(Problem.invalid(field, "Enter a number, like 12.50."));
        }
    }

    private static String plain(BigDecimal n) {
        return n == null ? "" : n.stripTrailingZeros().toPlainString();
    }

    private static boolean empty(String s) {
        return s == null || s.isBlank();
    }

    private static String nullIfEmpty(String s) {
        return empty(s) ? null : s;
    }

    private static String trim(String s) {
        return s == null ? null : s.trim();
    }
}
