package id.suarawarga.response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A resident's form kept for a short while between a POST and the GET it redirects to (errors to fix, a language
 * switch), so the browser's history holds only GETs and Back never offers to resubmit. Bound to the device cookie
 * (as a keyed hash), it keeps the form's signed token: the minimum fill time still counts from the first render. A draft
 * is never a response: it is not scored or exported, and it is deleted when the form is sent or after {@link #TTL}.
 */
@ApplicationScoped
public class FormDrafts {

    /** How long a draft is kept. */
    public static final Duration TTL = Duration.ofMinutes(30);

    /** A page-level message the draft's page shows. */
    public enum Message {
        RATE_LIMITED
    }

    /** A draft as the page renders it. */
    public record Draft(
            UUID id,
            String token,
            String language,
            Map<String, List<String>> answers,
            boolean showErrors,
            Message message) {}

    private static final TypeReference<LinkedHashMap<String, List<String>>> ANSWERS = new TypeReference<>() {};

    private final FormDraftQueries queries;
    private final KeyedHasher hasher;
    private final ObjectMapper json;
    private final Clock clock = Clock.systemUTC();

    FormDrafts(FormDraftQueries queries, KeyedHasher hasher, ObjectMapper json) {
        this.queries = queries;
        this.hasher = hasher;
        this.json = json;
    }

    /** Keeps the form; returns the draft's id for the redirect. */
    public UUID keep(
            long questionnaireId,
            String deviceId,
            String token,
            String language,
            Map<String, List<String>> answers,
            boolean showErrors,
            Message message) {
        UUID id = UUID.randomUUID();
        String answersJson;
        try {
            answersJson = json.writeValueAsString(answers);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("answers not serialisable", e);
        }
        queries.insert(
                id,
                questionnaireId,
                deviceHash(questionnaireId, deviceId),
                new FormDraftQueries.Row(
                        token, language, answersJson, showErrors, message == null ? null : message.name()),
                clock.instant().plus(TTL));
        return id;
    }

    /** The draft, if it exists, has not expired and was kept by this device. */
    public Optional<Draft> find(long questionnaireId, String draftId, String deviceId) {
        UUID id;
        try {
            id = draftId == null ? null : UUID.fromString(draftId);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (id == null) {
            return Optional.empty();
        }
        return queries.find(id, questionnaireId, deviceHash(questionnaireId, deviceId))
                .map(row -> new Draft(
                        id,
                        row.token(),
                        row.language(),
                        answers(row.answersJson()),
                        row.showErrors(),
                        row.message() == null ? null : Message.valueOf(row.message())));
    }

    /** Forgets a draft once its form is sent. */
    public void forget(long questionnaireId, String draftId) {
        try {
            queries.delete(UUID.fromString(draftId), questionnaireId);
        } catch (IllegalArgumentException e) {
            // not a draft id: nothing to forget
        }
    }

    private Map<String, List<String>> answers(String answersJson) {
        try {
            return json.readValue(answersJson, ANSWERS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored draft is not readable", e);
        }
    }

    private String deviceHash(long questionnaireId, String deviceId) {
        return deviceId == null || deviceId.isBlank()
                ? null
                : hasher.hash("draft", String.valueOf(questionnaireId), deviceId);
    }
}
