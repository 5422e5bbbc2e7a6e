package id.suarawarga.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;

/**
 * The sign-in counters ({@code staff_user}, {@code sign_in_throttle}) and session generations. Every attempt is
 * counted in a single statement <em>before</em> its password is checked, so parallel guesses cannot slip past a limit.
 */
@ApplicationScoped
class SignInQueries {

    private final EntityManager em;

    SignInQueries(EntityManager em) {
        this.em = em;
    }

    /**
     * Counts an attempt on an account, unless it is inside its back-off delay; returns the consecutive attempts so far
     * (this one included), or -1 when it must wait. From the {@code maxFailures}-th on, the next attempt waits
     * {@code firstDelay} doubled per further attempt, at most {@code maxDelay}: a delay, never a lock.
     */
    int claimAccountAttempt(long staffUserId, int maxFailures, Duration firstDelay, Duration maxDelay) {
        @SuppressWarnings("unchecked")
        List<Number> rows = em.createNativeQuery("update staff_user set failed_sign_ins = failed_sign_ins + 1,"
                        + " locked_until = case when failed_sign_ins + 1 >= ?2 then now() + make_interval(secs =>"
                        + " least(?4, ?3 * power(2, least(failed_sign_ins + 1 - ?2, 30)))) else null end"
                        + " where id = ?1 and (locked_until is null or locked_until <= now())"
                        + " returning failed_sign_ins")
                .setParameter(1, staffUserId)
                .setParameter(2, maxFailures)
                .setParameter(3, (double) firstDelay.toMillis() / 1000)
                .setParameter(4, (double) maxDelay.toMillis() / 1000)
                .getResultList();
        return rows.isEmpty() ? -1 : rows.get(0).intValue();
    }

    /** After the right password: the account's count starts again. */
    void clearFailures(long staffUserId) {
        em.createNativeQuery("update staff_user set failed_sign_ins = 0, locked_until = null"
                        + " where id = ?1 and (failed_sign_ins <> 0 or locked_until is not null)")
                .setParameter(1, staffUserId)
                .executeUpdate();
    }

    /**
     * Counts an attempt of a source (a keyed hash); returns true when the source is refused: blocked already, or over
     * {@code limit} attempts in {@code window}, which blocks it for {@code block} doubled per earlier block (at most
     * 16 times). A refused attempt is not counted.
     */
    boolean claimSourceAttempt(String keyHash, int limit, Duration window, Duration block) {
        return (Boolean) em.createNativeQuery("insert into sign_in_throttle as t"
                        + " (key_hash, attempts, window_start, blocked_until, strikes) values (?1, 1, now(), null, 0)"
                        + " on conflict (key_hash) do update set"
                        + " attempts = case when t.blocked_until > now() then t.attempts"
                        + "   when t.window_start < now() - make_interval(secs => ?2) then 1 else t.attempts + 1 end,"
                        + " window_start = case when t.blocked_until > now() then t.window_start"
                        + "   when t.window_start < now() - make_interval(secs => ?2) then now() else t.window_start end,"
                        + " strikes = case when t.blocked_until > now() then t.strikes"
                        + "   when t.window_start >= now() - make_interval(secs => ?2) and t.attempts + 1 > ?3"
                        + "   then t.strikes + 1 else t.strikes end,"
                        + " blocked_until = case when t.blocked_until > now() then t.blocked_until"
                        + "   when t.window_start >= now() - make_interval(secs => ?2) and t.attempts + 1 > ?3"
                        + "   then now() + make_interval(secs => ?4 * power(2, least(t.strikes, 4))) else null end"
                        + " returning coalesce(blocked_until > now(), false)")
                .setParameter(1, keyHash)
                .setParameter(2, (double) window.toSeconds())
                .setParameter(3, limit)
                .setParameter(4, (double) block.toSeconds())
                .getSingleResult();
    }

    /** A successful sign-in does not count against its source: its attempt is taken back. */
    void releaseSourceAttempt(String keyHash) {
        em.createNativeQuery("update sign_in_throttle set attempts = greatest(attempts - 1, 0) where key_hash = ?1")
                .setParameter(1, keyHash)
                .executeUpdate();
    }

    /** The pair of an account and a source starts again after the right password. */
    void forget(String keyHash) {
        em.createNativeQuery("delete from sign_in_throttle where key_hash = ?1 and (blocked_until is null"
                        + " or blocked_until <= now())")
                .setParameter(1, keyHash)
                .executeUpdate();
    }

    /** Rows of sources that have been quiet for a day. */
    int forgetQuietSources() {
        return em.createNativeQuery("delete from sign_in_throttle where window_start < now() - interval '1 day'"
                        + " and (blocked_until is null or blocked_until < now())")
                .executeUpdate();
    }

    /** Ends every session of the user (signing out, a new password). */
    void endSessions(long staffUserId) {
        em.createNativeQuery("update staff_user set session_generation = session_generation + 1 where id = ?1")
                .setParameter(1, staffUserId)
                .executeUpdate();
    }
}
