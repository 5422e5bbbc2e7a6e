package id.suarawarga.webhook;

import id.suarawarga.access.AccessScope;
import id.suarawarga.audit.AuditAction;
import id.suarawarga.audit.AuditChanges;
import id.suarawarga.audit.AuditLog;
import id.suarawarga.common.config.SuaraConfig;
import id.suarawarga.common.problem.ProblemException;
import id.suarawarga.program.ProgramService;
import id.suarawarga.program.ProgramView;
import id.suarawarga.region.RegionService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Webhook subscriptions and their delivery log, within the caller's regions; every change audited. */
@ApplicationScoped
public class WebhookService {

    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]");
    private static final int LOG_SIZE = 100;

    private final WebhookQueries queries;
    private final RegionService regions;
    private final ProgramService programs;
    private final AccessScope scope;
    private final AuditLog audit;
    private final boolean allowHttpLoopback;

    WebhookService(
            WebhookQueries queries,
            RegionService regions,
            ProgramService programs,
            AccessScope scope,
            AuditLog audit,
            SuaraConfig config) {
        this.queries = queries;
        this.regions = regions;
        this.programs = programs;
        this.scope = scope;
        this.audit = audit;
        this.allowHttpLoopback = config.webhook().allowHttpLoopback();
    }

    @Transactional
    public WebhookView create(WebhookRequest request) {
        scope.requireRegion(request.regionCode());
        regions.get(request.regionCode());
        if (request.programId() != null) {
            scope.requireProgram(request.programId());
            ProgramView program = programs.get(request.programId());
            if (!program.regionCode().equals(request.regionCode())) {
                throw ProblemException.invalid(
                        "/programId", "program " + program.id() + " is not in region " + request.regionCode());
            }
        }
        checkUrl(request.url());
        String secret = WebhookSignature.newSecret();
        long id = queries.insert(request, secret, scope.actor());
        queries.startCounters(id);
        WebhookView created = queries.find(id).orElseThrow();
        audit.record(
                AuditAction.WEBHOOK_CREATED,
                request.regionCode(),
                "webhook:" + id,
                AuditChanges.created(fields(created)));
        return new WebhookView(
                created.id(),
                created.regionCode(),
                created.programId(),
                created.url(),
                created.events(),
                created.description(),
                created.active(),
                created.createdBy(),
                created.createdAt(),
                secret);
    }

    @Transactional
    public List<WebhookView> list() {
        return queries.list(scope.national() ? Optional.empty() : Optional.of(scope.regionCodes()));
    }

    /** A webhook of the caller's regions, stopped ones too (their delivery log stays readable). */
    @Transactional
    public WebhookView get(long id) {
        return queries.find(id)
                .filter(w -> scope.canSeeRegion(w.regionCode()))
                .orElseThrow(() -> ProblemException.notFound("Webhook", id));
    }

    /** Stops a webhook; stopping a stopped one again is no error. */
    @Transactional
    public void delete(long id) {
        WebhookView webhook = get(id);
        queries.deactivate(id);
        Map<String, Object> detail =
                AuditChanges.detail(fields(webhook), fields(queries.find(id).orElseThrow()));
        detail.put("url", webhook.url());
        if (!AuditChanges.unchanged(detail)) {
            audit.record(AuditAction.WEBHOOK_DELETED, webhook.regionCode(), "webhook:" + id, detail);
        }
    }

    /** What the audit log records of a webhook (never its secret). */
    private static Map<String, Object> fields(WebhookView webhook) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("url", webhook.url());
        fields.put(
                "events",
                webhook.events().stream().map(String::valueOf).sorted().toList());
        fields.put("programId", webhook.programId());
        fields.put("description", webhook.description());
        fields.put("active", webhook.active());
        return fields;
    }

    /** The newest deliveries first (at most 100). */
    @Transactional
    public List<DeliveryView> deliveries(long id) {
        get(id);
        return queries.deliveries(id, LOG_SIZE);
    }

    /** Sends a delivery again (same webhook-id), at once and with a fresh count of attempts. */
    @Transactional
    public void replay(long id, String deliveryId) {
        WebhookView webhook = get(id);
        if (!webhook.active()) {
            throw ProblemException.invalidState("Webhook " + id + " is stopped");
        }
        if (!queries.replay(id, deliveryId)) {
            throw ProblemException.notFound("Delivery", deliveryId);
        }
        audit.record(
                AuditAction.WEBHOOK_REPLAYED, webhook.regionCode(), "webhook:" + id, Map.of("delivery", deliveryId));
    }

    /** https only; http://localhost only where suara.webhook.allow-http-loopback says so (development, tests). */
    void checkUrl(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw ProblemException.invalid("/url", "must be an absolute https URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        if (host.isEmpty() || uri.getUserInfo() != null) {
            throw ProblemException.invalid("/url", "must be an absolute https URL without credentials");
        }
        boolean loopbackHttp = scheme.equals("http") && LOOPBACK.contains(host) && allowHttpLoopback;
        if (!scheme.equals("https") && !loopbackHttp) {
            throw ProblemException.invalid("/url", "must be an https URL");
        }
    }
}
