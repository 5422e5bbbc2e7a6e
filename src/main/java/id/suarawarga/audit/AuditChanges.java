package id.suarawarga.audit;

import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a change did, for an audit event's detail: under {@value #KEY}, each changed field → {@code {before, after}}
 * (only fields whose value differs; a side is null when the field was empty). Plain Java, the one way every feature
 * writes before and after (issue #21): {@code audit.record(action, region, target, AuditChanges.detail(before,
 * after))}. Values are kept small: enums by name, times as ISO text, long texts cut at {@value #MAX_TEXT} characters.
 */
public final class AuditChanges {

    /** The detail key holding the changed fields. */
    public static final String KEY = "changes";

    public static final String BEFORE = "before";
    public static final String AFTER = "after";

    static final int MAX_TEXT = 300;

    private AuditChanges() {}

    /**
     * Field → {before, after} for each field whose value differs, in the order of {@code after}, then the fields only
     * {@code before} has. Empty when nothing changed.
     */
    public static Map<String, Object> between(Map<String, ?> before, Map<String, ?> after) {
        Map<String, Object> changes = new LinkedHashMap<>();
        List<String> fields = new ArrayList<>(after.keySet());
        before.keySet().stream().filter(f -> !after.containsKey(f)).forEach(fields::add);
        for (String field : fields) {
            Object was = normalise(before.get(field));
            Object now = normalise(after.get(field));
            if (!Objects.equals(was, now)) {
                Map<String, Object> change = new LinkedHashMap<>();
                change.put(BEFORE, small(was));
                change.put(AFTER, small(now));
                changes.put(field, change);
            }
        }
        return changes;
    }

    /** An audit detail {@code {"changes": …}} (mutable: a caller may add context such as the program id). */
    public static Map<String, Object> detail(Map<String, ?> before, Map<String, ?> after) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put(KEY, between(before, after));
        return detail;
    }

    /** The detail of something created: every non-empty field with its value after, nothing before. */
    public static Map<String, Object> created(Map<String, ?> after) {
        return detail(Map.of(), after);
    }

    /** The detail of something deleted: every non-empty field with its value before, nothing after. */
    public static Map<String, Object> deleted(Map<String, ?> before) {
        return detail(before, Map.of());
    }

    /** True when the detail records no changed field (the caller then writes no event). */
    public static boolean unchanged(Map<String, Object> detail) {
        Object changes = detail.get(KEY);
        return !(changes instanceof Map<?, ?> m) || m.isEmpty();
    }

    /** Blank text is empty; enums by name, times as ISO text, collections as lists; anything else as it is. */
    static Object normalise(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof CharSequence text) {
            return text.toString().isBlank() ? null : text.toString();
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof TemporalAccessor) {
            return value.toString();
        }
        if (value instanceof Collection<?> items) {
            return items.isEmpty()
                    ? null
                    : items.stream().map(AuditChanges::normalise).toList();
        }
        if (value instanceof Object[] items) {
            return normalise(Arrays.asList(items));
        }
        return value;
    }

    private static Object small(Object value) {
        if (value instanceof String text && text.length() > MAX_TEXT) {
            return text.substring(0, MAX_TEXT - 1) + "…";
        }
        return value;
    }
}
