package id.suarawarga.web.staff.rounds;

import id.suarawarga.round.RoundRequest;
import id.suarawarga.round.RoundView;
import jakarta.ws.rs.core.MultivaluedMap;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The round form as typed, with a message per field in Bahasa Indonesia; the rules are the service's. */
public record RoundForm(String name, String year, String startsOn, String endsOn, Map<String, String> errors) {

    static RoundForm empty(int year) {
        return new RoundForm("", String.valueOf(year), "", "", new LinkedHashMap<>());
    }

    static RoundForm of(RoundView round) {
        return new RoundForm(
                round.name(),
                String.valueOf(round.year()),
                round.startsOn().toString(),
                round.endsOn().toString(),
                new LinkedHashMap<>());
    }

    static RoundForm of(MultivaluedMap<String, String> fields) {
        return new RoundForm(
                value(fields, "name"),
                value(fields, "year"),
                value(fields, "startsOn"),
                value(fields, "endsOn"),
                new LinkedHashMap<>());
    }

    /** The request when every field reads; else null, with a message at each field that does not. */
    RoundRequest request() {
        if (name.isBlank() || name.length() > 60) {
            errors.put("name", "Tulis nama tahap, paling banyak 60 karakter (misalnya Tahap 1).");
        }
        Integer y = null;
        try {
            y = Integer.parseInt(year);
            if (y < 2017 || y > 2100) {
                y = null;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        if (y == null) {
            errors.put("year", "Tulis tahun evaluasi, misalnya 2024.");
        }
        LocalDate from = date("startsOn", startsOn, "Pilih tanggal mulai.");
        LocalDate to = date("endsOn", endsOn, "Pilih tanggal selesai.");
        return errors.isEmpty() ? new RoundRequest(name, y, from, to) : null;
    }

    /** A message from the service's problem, put at the field it is about. */
    void reject(String field, String message) {
        errors.putIfAbsent(field, message);
    }

    public boolean invalid() {
        return !errors.isEmpty();
    }

    public boolean hasError(String field) {
        return errors.containsKey(field);
    }

    public String error(String field) {
        return errors.get(field);
    }

    public List<String> messages() {
        return List.copyOf(errors.values());
    }

    private LocalDate date(String field, String value, String message) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            errors.put(field, message + " Format: tahun-bulan-tanggal, misalnya 2024-03-01.");
            return null;
        }
    }

    private static String value(MultivaluedMap<String, String> fields, String name) {
        String value = fields.getFirst(name);
        return value == null ? "" : value.strip();
    }
}
