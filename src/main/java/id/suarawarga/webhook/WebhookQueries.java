package id.suarawarga.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The webhook tables: subscriptions, the outbox of deliveries and the response counters. Joins the caller's transaction. */
@ApplicationScoped
class WebhookQueries {

    private static final String SUBSCRIPTION =
            "select s.id, r.code, s.program_id, s.url, array_to_string(s.events, ','),"
                    + " s.description, s.active, s.created_by, s.created_at from webhook_subscription s"
                    + " join region r on r.id = s.region_id";
    private static final String DELIVERY = "select id, event_type, created_at, state, attempts, next_attempt_at,"
            + " last_attempt_at, last_status, last_error, delivered_at, payload from webhook_delivery";
    // one key of the application's advisory locks (AggregateLocks uses 0x5357_0003): one counting job at a time
    private static final int COUNTING_LOCK = 0x5357_0022;

    private final EntityManager em;

    WebhookQueries(EntityManager em) {
        this.em = em;
    }

    /** A response counter that changed since it was last told: the subscription, questionnaire and counts. */
    record CounterChange(
            long subscriptionId,
            long questionnaireId,
            long programId,
            String regionCode,
            int version,
            long responses,
            long told,
            Set<String> events) {}

    /** A delivery claimed for an attempt, with where and how to send it. */
    record Due(String id, String payload, int attempts, String url, String secret) {}

    long insert(WebhookRequest request, String secret, String actor) {
        Object id = em.createNativeQuery("insert into webhook_subscription"
                        + " (region_id, program_id, url, secret, events, description, created_by)"
                        + " select r.id, cast(?2 as bigint), ?3, ?4, string_to_array(?5, ','), cast(?6 as varchar), ?7 from region r where r.code = ?1"
                        + " returning id")
                .setParameter(1, request.regionCode())
                .setParameter(2, request.programId())
                .setParameter(3, request.url())
                .setParameter(4, secret)
                .setParameter(
                        5,
                        String.join(
                                ",",
                                request.events().stream()
                                        .map(Enum::name)
                                        .sorted()
                                        .toList()))
                .setParameter(6, request.description())
                .setParameter(7, actor)
                .getSingleResult();
        return ((Number) id).longValue();
    }

    /** Active subscriptions, of the given regions only when {@code regionCodes} is present. */
    List<WebhookView> list(Optional<Set<String>> regionCodes) {
        String sql = SUBSCRIPTION + " where s.active"
                + (regionCodes.isPresent() ? " and r.code = any(string_to_array(?1, ','))" : "")
                + " order by s.id";
        var query = em.createNativeQuery(sql);
        regionCodes.ifPresent(codes -> query.setParameter(1, String.join(",", codes)));
        return query.getResultList().stream().map(row -> view((Object[]) row)).toList();
    }

    Optional<WebhookView> find(long id) {
        return em.createNativeQuery(SUBSCRIPTION + " where s.id = ?1").setParameter(1, id).getResultList().stream()
                .findFirst()
                .map(row -> view((Object[]) row));
    }

    /** Stops a subscription; its pending deliveries are no longer sent. */
    void deactivate(long id) {
        em.createNativeQuery("update webhook_subscription set active = false where id = ?1")
                .setParameter(1, id)
                .executeUpdate();
    }

    /** The newest deliveries of a subscription first. */
    List<DeliveryView> deliveries(long subscriptionId, int limit) {
        return em
                .createNativeQuery(DELIVERY + " where subscription_id = ?1 order by created_at desc, id limit ?2")
                .setParameter(1, subscriptionId)
                .setParameter(2, limit)
                .getResultList()
                .stream()
                .map(row -> delivery((Object[]) row))
                .toList();
    }

    /** Queues a delivery again, under its own id, to be sent at once; false when there is no such delivery. */
    boolean replay(long subscriptionId, String deliveryId) {
        return em.createNativeQuery("update webhook_delivery set state = 'PENDING', attempts = 0,"
                                + " next_attempt_at = now(), delivered_at = null"
                                + " where subscription_id = ?1 and id = ?2")
                        .setParameter(1, subscriptionId)
                        .setParameter(2, deliveryId)
                        .executeUpdate()
                == 1;
    }

    /**
     * Queues {@code event} about a questionnaire in status {@code status} for every subscription that wants it, in the
     * caller's transaction. The id is derived from the questionnaire, the event and the subscription, so the message
     * is queued once however often the questionnaire changes.
     */
    void enqueueQuestionnaireEvent(long questionnaireId, String status, WebhookEvent event) {
        em.createNativeQuery("insert into webhook_delivery (id, subscription_id, event_type, payload)"
                        + " select 'msg_q' || q.id || '_' || lower(?2) || '_' || s.id, s.id, ?3,"
                        + " json_build_object('type', cast(?3 as text), 'timestamp', " + NOW_ISO + ","
                        + " 'data', json_build_object('questionnaireId', q.id, 'programId', p.id, 'regionCode', r.code,"
                        + " 'version', q.version, 'status', q.status))::text"
                        + " from questionnaire q join program p on p.id = q.program_id join region r on r.id = p.region_id"
                        + " join webhook_subscription s on s.active and s.region_id = p.region_id"
                        + " and (s.program_id is null or s.program_id = p.id) and ?2 = any(s.events)"
                        + " where q.id = ?1 and q.status = ?4"
                        + " on conflict (id) do nothing")
                .setParameter(1, questionnaireId)
                .setParameter(2, event.name())
                .setParameter(3, event.type)
                .setParameter(4, status)
                .executeUpdate();
    }

    private static final String NOW_ISO = "to_char(now() at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')";

    /** Takes the counting job's lock for this transaction; false when another replica holds it. */
    boolean tryCountingLock() {
        return (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(?1, 0)")
                .setParameter(1, COUNTING_LOCK)
                .getSingleResult();
    }

    /** Published questionnaires whose response count differs from what a subscription was last told. */
    List<CounterChange> counterChanges() {
        List<?> rows = em.createNativeQuery("select s.id, q.id, p.id, r.code, q.version,"
                        + " (select count(*) from survey_response sr where sr.questionnaire_id = q.id) as n,"
                        + " coalesce(k.responses, 0), array_to_string(s.events, ',')"
                        + " from webhook_subscription s"
                        + " join program p on p.region_id = s.region_id"
                        + " and (s.program_id is null or s.program_id = p.id)"
                        + " join region r on r.id = p.region_id"
                        + " join questionnaire q on q.program_id = p.id and q.status = 'PUBLISHED'"
                        + " left join webhook_counter k on k.subscription_id = s.id and k.questionnaire_id = q.id"
                        + " where s.active and s.events && array['RESPONSE_COUNTED', 'PROGRAM_SCORES_CHANGED']"
                        + "::varchar[]")
                .getResultList();
        return rows.stream()
                .map(r -> (Object[]) r)
                .map(r -> new CounterChange(
                        ((Number) r[0]).longValue(),
                        ((Number) r[1]).longValue(),
                        ((Number) r[2]).longValue(),
                        (String) r[3],
                        ((Number) r[4]).intValue(),
                        ((Number) r[5]).longValue(),
                        ((Number) r[6]).longValue(),
                        Set.copyOf(Arrays.asList(((String) r[7]).split(",")))))
                .filter(c -> c.told() != c.responses())
                .toList();
    }

    /**
     * Starts a new subscription's counters at the current counts, so it hears of responses from now on; a
     * questionnaire published later has no counter and counts from 0.
     */
    void startCounters(long subscriptionId) {
        em.createNativeQuery("insert into webhook_counter (subscription_id, questionnaire_id, responses)"
                        + " select s.id, q.id, (select count(*) from survey_response sr where sr.questionnaire_id = q.id)"
                        + " from webhook_subscription s join program p on p.region_id = s.region_id"
                        + " and (s.program_id is null or s.program_id = p.id)"
                        + " join questionnaire q on q.program_id = p.id and q.status = 'PUBLISHED' where s.id = ?1")
                .setParameter(1, subscriptionId)
                .executeUpdate();
    }

    void setCounter(long subscriptionId, long questionnaireId, long responses) {
        em.createNativeQuery("insert into webhook_counter (subscription_id, questionnaire_id, responses)"
                        + " values (?1, ?2, ?3) on conflict (subscription_id, questionnaire_id)"
                        + " do update set responses = excluded.responses")
                .setParameter(1, subscriptionId)
                .setParameter(2, questionnaireId)
                .setParameter(3, responses)
                .executeUpdate();
    }

    void enqueue(String id, long subscriptionId, WebhookEvent event, String payload) {
        em.createNativeQuery("insert into webhook_delivery (id, subscription_id, event_type, payload)"
                        + " values (?1, ?2, ?3, ?4) on conflict (id) do nothing")
                .setParameter(1, id)
                .setParameter(2, subscriptionId)
                .setParameter(3, event.type)
                .setParameter(4, payload)
                .executeUpdate();
    }

    /**
     * Claims up to {@code limit} due deliveries of active subscriptions: counts the attempt and moves the next one
     * {@code leaseSeconds} ahead, so a replica that dies while sending leaves them to be tried again, never lost.
     */
    List<Due> claimDue(int limit, long leaseSeconds) {
        List<?> rows = em.createNativeQuery(
                        "update webhook_delivery d set attempts = d.attempts + 1, last_attempt_at = now(),"
                                + " next_attempt_at = now() + make_interval(secs => ?2)"
                                + " from webhook_subscription s where s.id = d.subscription_id and d.id in ("
                                + " select w.id from webhook_delivery w join webhook_subscription a"
                                + " on a.id = w.subscription_id and a.active"
                                + " where w.state = 'PENDING' and w.next_attempt_at <= now()"
                                + " order by w.next_attempt_at limit ?1 for update of w skip locked)"
                                + " returning d.id, d.payload, d.attempts, s.url, s.secret")
                .setParameter(1, limit)
                .setParameter(2, (double) leaseSeconds)
                .getResultList();
        return rows.stream()
                .map(r -> (Object[]) r)
                .map(r ->
                        new Due((String) r[0], (String) r[1], ((Number) r[2]).intValue(), (String) r[3], (String) r[4]))
                .toList();
    }

    void delivered(String id, int status) {
        em.createNativeQuery("update webhook_delivery set state = 'DELIVERED', delivered_at = now(),"
                        + " last_status = ?2, last_error = null where id = ?1")
                .setParameter(1, id)
                .setParameter(2, status)
                .executeUpdate();
    }

    /** Records a failed attempt: tried again after {@code retrySeconds}, or given up (FAILED) when that is null. */
    void failed(String id, Integer status, String error, Long retrySeconds) {
        em.createNativeQuery(
                        "update webhook_delivery set last_status = cast(?2 as integer), last_error = left(?3, 300),"
                                + (retrySeconds == null
                                        ? " state = 'FAILED'"
                                        : " next_attempt_at = now() + make_interval(secs => " + retrySeconds + ")")
                                + " where id = ?1")
                .setParameter(1, id)
                .setParameter(2, status)
                .setParameter(3, error)
                .executeUpdate();
    }

    private static WebhookView view(Object[] r) {
        return new WebhookView(
                ((Number) r[0]).longValue(),
                (String) r[1],
                r[2] == null ? null : ((Number) r[2]).longValue(),
                (String) r[3],
                Arrays.stream(((String) r[4]).split(","))
                        .map(WebhookEvent::valueOf)
                        .toList(),
                (String) r[5],
                (Boolean) r[6],
                (String) r[7],
                instant(r[8]),
                null);
    }

    private static DeliveryView delivery(Object[] r) {
        return new DeliveryView(
                (String) r[0],
                (String) r[1],
                instant(r[2]),
                (String) r[3],
                ((Number) r[4]).intValue(),
                instant(r[5]),
                instant(r[6]),
                r[7] == null ? null : ((Number) r[7]).intValue(),
                (String) r[8],
                instant(r[9]),
                (String) r[10]);
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        throw new IllegalStateException("not a timestamp: " + value.getClass());
    }
}
