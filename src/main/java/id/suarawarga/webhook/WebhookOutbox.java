package id.suarawarga.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.suarawarga.questionnaire.QuestionnaireChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Writes messages to the outbox ({@code webhook_delivery}): questionnaire events in the transaction that publishes or
 * closes; response counts by {@link #countResponses}, which queues the messages and moves its cursor in one
 * transaction. Either way a message is queued exactly when its change is committed, and survives a restart.
 */
@ApplicationScoped
public class WebhookOutbox {

    private final WebhookQueries queries;
    private final ObjectMapper json;
    private final Clock clock;

    WebhookOutbox(WebhookQueries queries, ObjectMapper json) {
        this.queries = queries;
        this.json = json;
        this.clock = Clock.systemUTC();
    }

    /** In the publishing or closing transaction itself (IN_PROGRESS, joined), so the message commits with the change. */
    @Transactional
    void questionnaireChanged(@Observes(during = TransactionPhase.IN_PROGRESS) QuestionnaireChanged change) {
        if (change.questionnaireId() <= 0) {
            return; // a test's wipe: every questionnaire at once
        }
        queries.enqueueQuestionnaireEvent(change.questionnaireId(), "PUBLISHED", WebhookEvent.QUESTIONNAIRE_PUBLISHED);
        queries.enqueueQuestionnaireEvent(change.questionnaireId(), "CLOSED", WebhookEvent.QUESTIONNAIRE_CLOSED);
    }

    /**
     * Queues response.counted and program.scores.changed for every published questionnaire whose count grew since a
     * subscription was last told (a subscription starts at the counts of its creation). Numbers only.
     */
    @Transactional
    public int countResponses() {
        if (!queries.tryCountingLock()) {
            return 0;
        }
        int queued = 0;
        for (WebhookQueries.CounterChange change : queries.counterChanges()) {
            long before = change.told();
            if (change.responses() > before) {
                Map<String, Object> data = new LinkedHashMap<>();
                data.put("questionnaireId", change.questionnaireId());
                data.put("programId", change.programId());
                data.put("regionCode", change.regionCode());
                data.put("version", change.version());
                data.put("responses", change.responses());
                data.put("newResponses", change.responses() - before);
                for (WebhookEvent event : List.of(WebhookEvent.RESPONSE_COUNTED, WebhookEvent.PROGRAM_SCORES_CHANGED)) {
                    if (change.events().contains(event.name())) {
                        queries.enqueue(newId(), change.subscriptionId(), event, message(event, data));
                        queued++;
                    }
                }
            }
            queries.setCounter(change.subscriptionId(), change.questionnaireId(), change.responses());
        }
        return queued;
    }

    /** Claims due deliveries for one attempt each (committed before anything is sent). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<WebhookQueries.Due> claimDue(int limit, long leaseSeconds) {
        return queries.claimDue(limit, leaseSeconds);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void delivered(String id, int status) {
        queries.delivered(id, status);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void failed(String id, Integer status, String error, Long retrySeconds) {
        queries.failed(id, status, error, retrySeconds);
    }

    private String message(WebhookEvent event, Map<String, Object> data) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("type", event.type);
        message.put("timestamp", Instant.now(clock).toString());
        message.put("data", data);
        try {
            return json.writeValueAsString(message);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String newId() {
        return "msg_" + UUID.randomUUID().toString().replace("-", "");
    }
}
