package id.suarawarga.webhook;

import id.suarawarga.common.config.SuaraConfig;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.jboss.logging.Logger;

/**
 * Sends the outbox: every {@code suara.webhook.poll-interval} it counts new responses, then posts each due delivery
 * signed per Standard Webhooks (webhook-id, webhook-timestamp, webhook-signature). A 2xx answer delivers it; anything
 * else is retried with exponential back-off until {@code max-attempts}, then FAILED (replayable). Never follows
 * redirects; keeps no response body.
 */
@ApplicationScoped
public class WebhookDispatcher {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);
    private static final int BATCH = 10;

    private final WebhookOutbox outbox;
    private final SuaraConfig.Webhook config;
    private final HttpClient http;

    WebhookDispatcher(WebhookOutbox outbox, SuaraConfig config) {
        this.outbox = outbox;
        this.config = config.webhook();
        this.http = HttpClient.newBuilder()
                .connectTimeout(this.config.timeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Scheduled(
            identity = "webhook-dispatcher",
            every = "${suara.webhook.poll-interval:5S}",
            delayed = "${suara.webhook.poll-interval:5S}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        try {
            outbox.countResponses();
            // a lease longer than a whole batch's worth of timeouts: a replica that dies mid-batch only delays them
            long lease = config.timeout().toSeconds() * (BATCH + 2);
            for (WebhookQueries.Due due : outbox.claimDue(BATCH, lease)) {
                send(due);
            }
        } catch (RuntimeException e) {
            // the database may be away (restart, failover): the outbox keeps everything for the next tick
            LOG.warnf("webhook dispatch skipped: %s", e.getClass().getSimpleName());
        }
    }

    private void send(WebhookQueries.Due due) {
        long timestamp = System.currentTimeMillis() / 1000;
        HttpRequest request = HttpRequest.newBuilder(URI.create(due.url()))
                .timeout(config.timeout())
                .header("Content-Type", "application/json")
                .header("User-Agent", "suara-warga-webhooks")
                .header("webhook-id", due.id())
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", WebhookSignature.sign(due.secret(), due.id(), timestamp, due.payload()))
                .POST(HttpRequest.BodyPublishers.ofString(due.payload()))
                .build();
        Integer status = null;
        String error;
        try {
            status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status >= 200 && status < 300) {
                outbox.delivered(due.id(), status);
                return;
            }
            error = "HTTP " + status;
        } catch (IOException e) {
            error = e.getClass().getSimpleName();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error = "interrupted";
        }
        outbox.failed(due.id(), status, error, retryAfter(due.attempts()));
    }

    /** Seconds until the next attempt after {@code attempts} failed ones; null once they are used up. */
    Long retryAfter(int attempts) {
        if (attempts >= config.maxAttempts()) {
            return null;
        }
        Duration wait = config.retryAfter().multipliedBy(1L << Math.min(attempts - 1, 20));
        return Math.max(1, Math.min(wait.toSeconds(), config.maxBackoff().toSeconds()));
    }
}
