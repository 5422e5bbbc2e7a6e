package id.suarawarga.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.suarawarga.common.paging.PageRequest;
import id.suarawarga.common.paging.PageView;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Writes the audit log: who did what, when. Joins the caller's transaction when there is one (so "published" is
 * recorded exactly when the publication commits), else writes in its own. Never give it answers or secrets.
 */
@ApplicationScoped
public class AuditLog {

    public static final String SYSTEM = "system";
    public static final String ANONYMOUS = "anonymous";
    private static final Logger LOG = Logger.getLogger(AuditLog.class);

    private final AuditQueries queries;
    private final ObjectMapper json;
    private final CurrentIdentityAssociation identities;

    AuditLog(AuditQueries queries, ObjectMapper json, CurrentIdentityAssociation identities) {
        this.queries = queries;
        this.json = json;
        this.identities = identities;
    }

    /** Records an event by the current caller (a staff user, an API client, or "system" outside a request). */
    @Transactional
    public void record(AuditAction action, String regionCode, String target, Map<String, Object> detail) {
        record(currentActor(), action, regionCode, target, detail);
    }

    /** Records an event by a named actor (e.g. the user name of a failed sign-in, who is not signed in). */
    @Transactional
    public void record(String actor, AuditAction action, String regionCode, String target, Map<String, Object> detail) {
        queries.insert(truncate(actor, 140), action, regionCode, truncate(target, 200), toJson(detail));
        LOG.infof("audit %s by %s on %s", action, actor, target);
    }

    /** One page of events, newest first; {@code regions} null means every event (national admins). */
    public PageView<AuditEventView> page(AuditAction action, Set<String> regions, PageRequest page) {
        return queries.page(action, regions, page);
    }

    private String currentActor() {
        try {
            SecurityIdentity identity = identities.getIdentity();
            return identity == null || identity.isAnonymous()
                    ? ANONYMOUS
                    : identity.getPrincipal().getName();
        } catch (ContextNotActiveException e) {
            return SYSTEM; // scheduled jobs and start-up run outside any request
        }
    }

    private String toJson(Map<String, Object> detail) {
        try {
            return json.writeValueAsString(detail == null ? Map.of() : detail);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("audit detail is not serialisable", e);
        }
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
