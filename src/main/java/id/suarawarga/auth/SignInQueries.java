package id.suarawarga.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;

/** The sign-in counters of {@code staff_user}, changed in single statements so parallel attempts all count. */
@ApplicationScoped
class SignInQueries {

    private final EntityManager em;

    SignInQueries(EntityManager em) {
        this.em = em;
    }

    void clearFailures(long staffUserId) {
        em.createNativeQuery("update staff_user set failed_sign_ins = 0, locked_until = null"
                        + " where id = ?1 and (failed_sign_ins <> 0 or locked_until is not null)")
                .setParameter(1, staffUserId)
                .executeUpdate();
    }

    /** Counts a failure; returns whether this one locked the account. */
    boolean countFailure(long staffUserId, int maxFailures, Duration lockout) {
        return (Boolean) em.createNativeQuery("update staff_user set"
                        + " locked_until = case when failed_sign_ins + 1 >= ?2 then now() + make_interval(secs => ?3)"
                        + " else locked_until end,"
                        + " failed_sign_ins = case when failed_sign_ins + 1 >= ?2 then 0 else failed_sign_ins + 1 end"
                        + " where id = ?1 returning locked_until is not null and locked_until > now()")
                .setParameter(1, staffUserId)
                .setParameter(2, maxFailures)
                .setParameter(3, (double) lockout.toSeconds())
                .getSingleResult();
    }
}
