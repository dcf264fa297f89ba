package dev.opsuite.console.estimates;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.ws.rs.core.MultivaluedMap;

import dev.opsuite.console.estimates.FieldEstimatesApi.LineBody;
import dev.opsuite.console.estimates.FieldEstimatesApi.LinesBody;
import dev.opsuite.console.web.Problem;

/**
 * The estimator's form: a job and rows of (what, how many). "What" is a labor rate class ({@code LABOR:STANDARD}) or a
 * price book sku ({@code PART:AC-COND-3T}); "how many" is hours or a quantity. Empty rows are left out of the request,
 * so the service's {@code lines[k]} is not always the form's row k: {@link #placed} puts the service's field errors
 * back under the row they are about ({@code hours}/{@code quantity} under the row's number, {@code sku},
 * {@code rateClass} and {@code kind} under its item).
 */
public record EstimateForm(String jobId, String version, List<Row> rows) {

    public static final int BLANK_ROWS = 3;
    private static final String LABOR = "LABOR:";
    private static final String PART = "PART:";
    private static final Pattern LINE_FIELD = Pattern.compile("^lines\\[(\\d+)]\\.(\\w+)$");

    /** One row of the form, its inputs named lines[i].item and lines[i].quantity. */
    public record Row(int index, String item, String quantity) {

        public String name(String field) {
            return "lines[" + index + "]." + field;
        }

        boolean blank() {
            return (item == null || item.isBlank()) && (quantity == null || quantity.isBlank());
        }

        public boolean isLabor(String rateClass) {
            return (LABOR + rateClass).equals(item);
        }

        public boolean isPart(String sku) {
            return (PART + sku).equals(item);
        }
    }

    /** What the form sends: the body, and which form row each of its lines came from. */
    public record Request(LinesBody body, List<Integer> rowOfLine) {
    }

    public static EstimateForm blank(String jobId) {
        return new EstimateForm(jobId == null ? "" : jobId, "", withBlanks(new ArrayList<>()));
    }

    /** The estimate's lines as rows, and a few empty ones to add lines. */
    public static EstimateForm of(Estimate estimate) {
        List<Row> rows = new ArrayList<>();
        for (Estimate.Line line : estimate.lines()) {
            String item = "LABOR".equals(line.kind()) ? LABOR + line.rateClass() : PART + line.sku();
            rows.add(new Row(rows.size(), item, line.quantity().stripTrailingZeros().toPlainString()));
        }
        return new EstimateForm(estimate.jobId().toString(), Long.toString(estimate.version()), withBlanks(rows));
    }

    /** The posted form: jobId, version and every lines[i].item / lines[i].quantity from 0 up. */
    public static EstimateForm of(MultivaluedMap<String, String> form) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; form.containsKey("lines[" + i + "].item"); i++) {
            rows.add(new Row(i, trim(form.getFirst("lines[" + i + "].item")),
                    trim(form.getFirst("lines[" + i + "].quantity"))));
        }
        return new EstimateForm(trim(form.getFirst("jobId")), trim(form.getFirst("version")), rows);
    }

    /** The lines to send, or a problem the console finds itself (a row without its item or its number). */
    public Request request() {
        List<LineBody> lines = new ArrayList<>();
        List<Integer> rowOfLine = new ArrayList<>();
        for (Row row : rows) {
            if (row.blank()) {
                continue;
            }
            if (row.item() == null || row.item().isBlank()) {
                throw new Refused(Problem.invalid(row.name("item"), "Choose labor or a price book item."));
            }
            BigDecimal number;
            try {
                number = new BigDecimal(row.quantity() == null ? "" : row.quantity());
            } catch (NumberFormatException e) {
                throw new Refused(Problem.invalid(row.name("quantity"), "Enter the hours or the quantity as a number."));
            }
            if (row.item().startsWith(LABOR)) {
                lines.add(new LineBody("LABOR", number, row.item().substring(LABOR.length()), null, null));
            } else {
                lines.add(new LineBody("PART", null, null, row.item().substring(PART.length()), number));
            }
            rowOfLine.add(row.index());
        }
        return new Request(new LinesBody(lines), rowOfLine);
    }

    /** The service's problem with its line errors renamed to the form's rows (other fields as they are). */
    public static Problem placed(Problem problem, List<Integer> rowOfLine) {
        return placed(problem, rowOfLine, field -> switch (field) {
            case "hours", "quantity" -> "quantity";
            default -> "item";
        });
    }

    /**
     * A problem naming {@code lines[k].field} of the request renamed to {@code lines[row].input} of the form the
     * request was made from ({@code rowOfLine.get(k)} = row, {@code input} = inputOf(field)); other fields as they are.
     */
    public static Problem placed(Problem problem, List<Integer> rowOfLine, UnaryOperator<String> inputOf) {
        List<Problem.FieldError> errors = problem.errors().stream().map(e -> {
            Matcher m = LINE_FIELD.matcher(e.field());
            if (!m.matches() || Integer.parseInt(m.group(1)) >= rowOfLine.size()) {
                return e;
            }
            int row = rowOfLine.get(Integer.parseInt(m.group(1)));
            return new Problem.FieldError("lines[" + row + "]." + inputOf.apply(m.group(2)), e.message());
        }).toList();
        return new Problem(problem.status(), problem.code(), problem.title(), problem.detail(), errors);
    }

    /** The names of the form's inputs (for the problem's fields no input shows). */
    public List<String> inputs() {
        List<String> names = new ArrayList<>(List.of("jobId"));
        rows.forEach(r -> {
            names.add(r.name("item"));
            names.add(r.name("quantity"));
        });
        return names;
    }

    private static List<Row> withBlanks(List<Row> rows) {
        for (int i = 0; i < BLANK_ROWS; i++) {
            rows.add(new Row(rows.size(), "", ""));
        }
        return List.copyOf(rows);
    }

    private static String trim(String s) {
        return s == null ? null : s.trim();
    }

    /** A problem the console finds in the form before calling the service. */
    public static final class Refused extends RuntimeException {
        private final transient Problem problem;

        public Refused(Problem problem) {
            super(problem.detail(), null, false, false);
            this.problem = problem;
        }

        public Problem problem() {
            return problem;
        }
    }
}
