package dev.opsuite.support.persistence;

import java.util.List;

/**
 * A list kept in a jsonb column, as {@code {"lines": [...]}}. Hibernate Reactive binds a JSON value as an object,
 * never as a bare array, so every list column is wrapped in one; this is the one wrapper the suite needs. The
 * column's declared type names the item type ({@code JsonList<NoteItem> detail}), and Hibernate reads the items
 * back as that type: the field's generic type travels to the JSON mapper ({@code JsonListTest} in
 * inventory-transfer-service reads them back in a fresh session).
 */
public record JsonList<T>(List<T> lines) {

    public JsonList {
        lines = List.copyOf(lines);
    }

    public static <T> JsonList<T> of(List<T> lines) {
        return new JsonList<>(lines);
    }
}
