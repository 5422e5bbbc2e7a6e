package id.suarawarga.web.staff.people;

import jakarta.validation.ConstraintViolation;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a staff form holds when shown again: the values as typed and a message per field (in Bahasa Indonesia). The
 * rules are the request records' and the services'; this only says them in words at the field.
 */
public final class FormState {

    private final MultivaluedMap<String, String> values;
    private final Map<String, String> errors = new LinkedHashMap<>();

    FormState(MultivaluedMap<String, String> values) {
        this.values = values;
    }

    static FormState empty() {
        return new FormState(new jakarta.ws.rs.core.MultivaluedHashMap<>());
    }

    /** The value as typed ("" when absent). */
    public String value(String field) {
        String value = values.getFirst(field);
        return value == null ? "" : value;
    }

    /** Whether a checkbox or option with this value was chosen. */
    public boolean chosen(String field, Object value) {
        List<String> chosen = values.get(field);
        return chosen != null && chosen.contains(String.valueOf(value));
    }

    public String error(String field) {
        return errors.get(field);
    }

    public boolean hasError(String field) {
        return errors.containsKey(field);
    }

    public boolean invalid() {
        return !errors.isEmpty();
    }

    /** The messages in field order, for the summary at the top of the form. */
    public List<String> messages() {
        return List.copyOf(errors.values());
    }

    FormState set(String field, String value) {
        values.putSingle(field, value);
        return this;
    }

    FormState add(String field, String value) {
        values.add(field, value);
        return this;
    }

    FormState reject(String field, String message) {
        errors.putIfAbsent(field, message);
        return this;
    }

    /** One message per field that broke a rule, worded by {@code words} (field → message). */
    FormState reject(Set<? extends ConstraintViolation<?>> violations, Map<String, String> words) {
        for (ConstraintViolation<?> v : violations) {
            String field = v.getPropertyPath().iterator().next().getName();
            reject(field, words.getOrDefault(field, "Periksa isian ini."));
        }
        return this;
    }
}
