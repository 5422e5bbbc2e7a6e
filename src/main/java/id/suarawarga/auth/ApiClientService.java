package id.suarawarga.auth;

import id.suarawarga.audit.AuditAction;
import id.suarawarga.audit.AuditChanges;
import id.suarawarga.audit.AuditLog;
import id.suarawarga.common.problem.ProblemException;
import id.suarawarga.region.RegionService;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Creates, lists and revokes API clients, and recognises their keys. */
@ApplicationScoped
public class ApiClientService {

    /** Who a valid key belongs to and what it may see. */
    public record Caller(long clientId, String name, Set<String> regionCodes) {}

    /** How precisely the last use of a key is kept. */
    static final Duration USE_RESOLUTION = Duration.ofMinutes(1);

    private final Map<Long, Instant> lastWritten = new ConcurrentHashMap<>();
    private final ApiClientRepository clients;
    private final RegionService regions;
    private final AuditLog audit;

    ApiClientService(ApiClientRepository clients, RegionService regions, AuditLog audit) {
        this.clients = clients;
        this.regions = regions;
        this.audit = audit;
    }

    @Transactional
    public ApiClientView create(ApiClientRequest request) {
        return create(request.name(), request.regions(), ApiKeys.newKey());
    }

    /** Creates a client with a given key (the demo evaluator's, from configuration). */
    @Transactional
    public ApiClientView create(String name, List<String> regionCodes, String key) {
        for (int i = 0; i < regionCodes.size(); i++) {
            regions.require(regionCodes.get(i));
        }
        ApiClient client = new ApiClient();
        client.name = name.trim();
        client.keyHash = ApiKeys.hash(key);
        client.regionCodes = regionCodes.stream().distinct().toArray(String[]::new);
        clients.persistAndRefresh(client);
        audit.record(
                AuditAction.API_CLIENT_CREATED,
                client.regionCodes.length == 1 ? client.regionCodes[0] : null,
                "api-client:" + client.id,
                AuditChanges.created(fields(client)));
        return ApiClientView.of(client, key);
    }

    /** The clients whose regions all lie within {@code scope} (null: every client). */
    @Transactional
    public List<ApiClientView> list(Set<String> scope) {
        return clients.listAll(Sort.by("id")).stream()
                .filter(c -> within(c, scope))
                .map(c -> ApiClientView.of(c, null))
                .toList();
    }

    /** Revokes a client within {@code scope} (null: any); others do not exist for the caller. */
    @Transactional
    public void revoke(long id, Set<String> scope) {
        ApiClient client = clients.findByIdOptional(id)
                .filter(c -> within(c, scope))
                .orElseThrow(() -> ProblemException.notFound("API client", id));
        if (client.revokedAt == null) {
            Map<String, Object> before = fields(client);
            client.revokedAt = Instant.now();
            Map<String, Object> detail = AuditChanges.detail(before, fields(client));
            detail.put("name", client.name);
            audit.record(
                    AuditAction.API_CLIENT_REVOKED,
                    client.regionCodes.length == 1 ? client.regionCodes[0] : null,
                    "api-client:" + client.id,
                    detail);
        }
    }

    /** What the audit log records of a client (never its key). */
    private static Map<String, Object> fields(ApiClient client) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("name", client.name);
        fields.put("regions", List.of(client.regionCodes));
        fields.put("active", client.revokedAt == null);
        return fields;
    }

    private static boolean within(ApiClient client, Set<String> scope) {
        return scope == null || scope.containsAll(List.of(client.regionCodes));
    }

    /** Revokes every live client of this name (the demo evaluator gets a fresh key at each start). */
    @Transactional
    public void revokeByName(String name) {
        clients.revokeLiveByName(name, Instant.now());
    }

    @Transactional
    public Optional<Caller> authenticate(String key) {
        if (key == null || key.isBlank() || key.length() > 200) {
            return Optional.empty();
        }
        Optional<ApiClient> client = clients.findLiveByKeyHash(ApiKeys.hash(key.strip()));
        client.ifPresent(this::markUsed);
        return client.map(c -> new Caller(c.id, c.name, Set.of(c.regionCodes)));
    }

    /**
     * Keeps {@code last_used_at} to the minute: this instance writes it at most once a minute per client (a busy
     * evaluation system calling every second costs one small update a minute, not one per request).
     */
    private void markUsed(ApiClient client) {
        Instant now = Instant.now();
        Instant written = lastWritten.get(client.id);
        if (written != null && written.isAfter(now.minus(USE_RESOLUTION))) {
            return;
        }
        lastWritten.put(client.id, now);
        clients.markUsed(client.id, now, now.minus(USE_RESOLUTION));
    }
}
