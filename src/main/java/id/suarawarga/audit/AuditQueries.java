package id.suarawarga.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.suarawarga.common.paging.PageRequest;
import id.suarawarga.common.paging.PageView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Reads the audit log, newest first, limited to the regions an admin may see. */
@ApplicationScoped
class AuditQueries {

    private final EntityManager em;
    private final ObjectMapper json;

    AuditQueries(EntityManager em, ObjectMapper json) {
        this.em = em;
        this.json = json;
    }

    /** Appends one event; joins the caller's transaction. */
    void insert(String actor, AuditAction action, String regionCode, String target, String detailJson) {
        em.createNativeQuery("insert into audit_event (actor, action, region_code, target, detail)"
                        + " values (?1, ?2, ?3, ?4, cast(?5 as jsonb))")
                .setParameter(1, actor)
                .setParameter(2, action.name())
                .setParameter(3, regionCode)
                .setParameter(4, target)
                .setParameter(5, detailJson)
                .executeUpdate();
    }

    /** {@code regions} null means every event (national admins); else only events of those regions. */
    @Transactional
    PageView<AuditEventView> page(AuditAction action, Set<String> regions, PageRequest page) {
        String where = " where (cast(?1 as varchar) is null or action = ?1) and (?2 or region_code in (?3))";
        Query count = em.createNativeQuery("select count(*) from audit_event" + where);
        Query rows =
                em.createNativeQuery("select id, at, actor, action, region_code, target, detail::text from audit_event"
                        + where + " order by at desc, id desc limit ?4 offset ?5");
        for (Query q : List.of(count, rows)) {
            q.setParameter(1, action == null ? null : action.name());
            q.setParameter(2, regions == null);
            q.setParameter(3, regions == null || regions.isEmpty() ? Set.of("") : regions);
        }
        rows.setParameter(4, page.size()).setParameter(5, (long) page.page() * page.size());
        long total = ((Number) count.getSingleResult()).longValue();
        List<AuditEventView> items = new ArrayList<>();
        for (Object row : rows.getResultList()) {
            Object[] r = (Object[]) row;
            items.add(new AuditEventView(
                    ((Number) r[0]).longValue(),
                    instant(r[1]),
                    (String) r[2],
                    (String) r[3],
                    (String) r[4],
                    (String) r[5],
                    parse((String) r[6])));
        }
        return PageView.of(items, page, total, e -> e);
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }

    private com.fasterxml.jackson.databind.JsonNode parse(String detail) {
        try {
            return json.readTree(detail);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("audit detail is not JSON", e);
        }
    }
}
