package id.suarawarga.web.staff;

import id.suarawarga.common.problem.Problem.FieldError;
import id.suarawarga.common.problem.ProblemException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The errors of a staff form, by field name, in Indonesian: from the request's bean validation (the same
 * constraints the API checks) and from the service's problems, so a page shows each one next to its field.
 */
public final class FormErrors {

    /** Field name → message; {@link #FORM} holds a message for the whole form. */
    private final Map<String, String> byField = new LinkedHashMap<>();

    public static final String FORM = "form";

    public Map<String, String> map() {
        return byField;
    }

    public boolean isEmpty() {
        return byField.isEmpty();
    }

    public FormErrors put(String field, String message) {
        byField.putIfAbsent(field, message);
        return this;
    }

    /** The bean-validation violations of a request, keyed by property path ({@code title.id}, {@code name}). */
    public <T> FormErrors violations(Set<ConstraintViolation<T>> violations) {
        return violations(violations, null);
    }

    /** As {@link #violations(Set)}, each path mapped to the form's field or section by {@code section}. */
    public <T> FormErrors violations(Set<ConstraintViolation<T>> violations, Function<String, String> section) {
        for (ConstraintViolation<T> v : violations) {
            String path = v.getPropertyPath().toString();
            put(section == null ? path : section.apply(path), indonesian(v.getConstraintDescriptor()));
        }
        return this;
    }

    /**
     * A service's problem: each field error goes to the field {@code fields} names for its JSON pointer (the
     * pointer itself when the page has no such field), in words {@code words} gives for it (the API's detail
     * when none); a problem without field errors goes to the whole form.
     */
    public FormErrors problem(ProblemException e, Function<String, String> fields, Function<FieldError, String> words) {
        if (e.errors() == null || e.errors().isEmpty()) {
            put(FORM, words.apply(FieldError.at("", e.getMessage())));
            return this;
        }
        for (FieldError error : e.errors()) {
            String pointer = error.pointer() == null ? error.parameter() : error.pointer();
            put(fields.apply(pointer), words.apply(error));
        }
        return this;
    }

    private static String indonesian(ConstraintDescriptor<?> constraint) {
        String type = constraint.getAnnotation().annotationType().getSimpleName();
        Map<String, Object> a = constraint.getAttributes();
        return switch (type) {
            case "NotBlank", "NotNull", "NotEmpty" -> "Wajib diisi.";
            case "Size" -> "Terlalu panjang: paling banyak " + a.get("max") + " karakter.";
            case "Positive" -> "Isi dengan angka lebih dari 0.";
            case "Min" -> "Paling kecil " + a.get("value") + ".";
            case "Max" -> "Paling besar " + a.get("value") + ".";
            case "Pattern" -> "Bentuknya tidak sesuai: pakai huruf kecil, angka dan tanda hubung (-).";
            default -> "Isian ini tidak dapat diterima.";
        };
    }
}
