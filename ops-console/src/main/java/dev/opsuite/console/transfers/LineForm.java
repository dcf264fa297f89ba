package dev.opsuite.console.transfers;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.ws.rs.core.MultivaluedMap;

import dev.opsuite.console.web.Problem;

/**
 * A form's numbered rows ({@code detail[3].quantity}, {@code items[1].receivedQuantity}) as the service wants them:
 * blank rows left out, so request index and form row may differ. The form remembers which row each request item
 * came from, and {@link #remap} puts the service's field errors back under the row's inputs. Numbers the console
 * cannot read are refused here, next to their input, before any call.
 */
public final class LineForm {

    private final String list;
    private final MultivaluedMap<String, String> form;
    private final List<Integer> rows = new ArrayList<>();

    public LineForm(String list, MultivaluedMap<String, String> form) {
        this.list = list;
        this.form = form;
    }

    /** The value the user typed (trimmed, "" when absent): for re-rendering the form as it was sent. */
    public String value(String name) {
        String v = form.getFirst(name);
        return v == null ? "" : v.trim();
    }

    public String value(int row, String field) {
        return value(name(row, field));
    }

    public String name(int row, String field) {
        return list + "[" + row + "]." + field;
    }

    /** The value of every input, by name (the template reads them back). */
    public Map<String, String> values() {
        Map<String, String> values = new java.util.HashMap<>();
        form.forEach((k, v) -> values.put(k, v.isEmpty() || v.get(0) == null ? "" : v.get(0).trim()));
        return values;
    }

    /**
     * The request items of rows 0..count-1 whose {@code present} fields are not all blank, each made by {@code item}
     * from the row's number; the row of each is remembered for {@link #remap}.
     */
    public <T> List<T> items(int count, List<String> present, Function<Integer, T> item) {
        List<T> items = new ArrayList<>();
        rows.clear();
        for (int row = 0; row < count; row++) {
            final int r = row;
            if (present.stream().allMatch(f -> value(r, f).isEmpty())) {
                continue;
            }
            items.add(item.apply(row));
            rows.add(row);
        }
        return items;
    }

    /** A decimal of the row, or null when blank; a malformed one is refused next to its input. */
    public BigDecimal decimal(int row, String field) {
        String v = value(row, field);
        if (v.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(v);
        } catch (NumberFormatException e) {
            throw new Refused(Problem.invalid(name(row, field), "Enter a number, like 12 or 2.5."));
        }
    }

    /** A UUID of the row (a select's value), or null when blank. */
    public UUID uuid(int row, String field) {
        return uuid(name(row, field));
    }

    public UUID uuid(String name) {
        String v = value(name);
        if (v.isEmpty()) {
            return null;
        }
        try {
            return UUID.fromString(v);
        } catch (IllegalArgumentException e) {
            throw new Refused(Problem.invalid(name, "Pick one of the list."));
        }
    }

    /** The service's problem with each {@code list[i].…} field renamed to the form row request item i came from. */
    public Problem remap(Problem problem) {
        List<Problem.FieldError> errors = problem.errors().stream()
                .map(e -> new Problem.FieldError(renamed(e.field()), e.message())).toList();
        return new Problem(problem.status(), problem.code(), problem.title(), renamed(problem.detail()), errors);
    }

    /** Every {@code list[i]} in the text (a field name, or a detail naming fields) as the row it came from. */
    private String renamed(String text) {
        if (text == null) {
            return null;
        }
        return Pattern.compile(Pattern.quote(list) + "\\[(\\d+)]").matcher(text).replaceAll(m -> {
            int index = Integer.parseInt(m.group(1));
            return Matcher.quoteReplacement(list + "[" + (index < rows.size() ? rows.get(index) : index) + "]");
        });
    }

    /** A form the console refuses before calling the service (a malformed number): shown like the service's. */
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
