package dev.opsuite.support.paging;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the where clause of a tenant-scoped HQL query from optional filters. Every query starts
 * with the tenant, so no list can leak another tenant's rows.
 */
public final class Criteria {

    private final List<String> clauses = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    private Criteria() {
    }

    public static Criteria forTenant(String tenantId) {
        return new Criteria().eq("tenantId", tenantId);
    }

    public Criteria eq(String property, Object value) {
        if (value != null) {
            String name = parameter(property);
            clauses.add(property + " = :" + name);
            parameters.put(name, value);
        }
        return this;
    }

    public Criteria in(String property, java.util.Collection<?> values) {
        if (values != null && !values.isEmpty()) {
            String name = parameter(property);
            clauses.add(property + " in :" + name);
            parameters.put(name, values);
        }
        return this;
    }

    public Criteria within(String property, DateRange range) {
        if (range != null) {
            if (range.from() != null) {
                String name = parameter(property + "From");
                clauses.add(property + " >= :" + name);
                parameters.put(name, range.from());
            }
            if (range.to() != null) {
                String name = parameter(property + "To");
                clauses.add(property + " < :" + name);
                parameters.put(name, range.to());
            }
        }
        return this;
    }

    /**
     * Hibernate sends {@code escape ''} unless told otherwise, so a backslash would match itself:
     * every like on caller text names its escape character.
     */
    public static final String LIKE_ESCAPE = " escape '\\'";

    /** A like pattern matching {@code text} anywhere, case-insensitively, its % _ and \ taken literally. */
    public static String containing(String text) {
        return "%" + text.strip().toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    /** Case-insensitive substring match on any of the properties. */
    public Criteria containsText(String text, String... properties) {
        if (text != null && !text.isBlank()) {
            String name = parameter("text");
            List<String> any = new ArrayList<>();
            for (String property : properties) {
                any.add("lower(" + property + ") like :" + name + LIKE_ESCAPE);
            }
            clauses.add("(" + String.join(" or ", any) + ")");
            parameters.put(name, containing(text));
        }
        return this;
    }

    /** A clause of the caller's own, with its parameters. */
    public Criteria where(String clause, Map<String, Object> clauseParameters) {
        clauses.add("(" + clause + ")");
        parameters.putAll(clauseParameters);
        return this;
    }

    public String query() {
        return String.join(" and ", clauses);
    }

    public Map<String, Object> parameters() {
        return parameters;
    }

    private String parameter(String property) {
        String base = property.replaceAll("[^A-Za-z0-9]", "_");
        String name = base;
        for (int i = 2; parameters.containsKey(name); i++) {
            name = base + i;
        }
        return name;
    }
}
