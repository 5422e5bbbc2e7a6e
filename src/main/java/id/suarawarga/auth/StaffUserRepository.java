package id.suarawarga.auth;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** Finders for staff accounts. */
@ApplicationScoped
public class StaffUserRepository implements PanacheRepository<StaffUser> {

    public Optional<StaffUser> findByUsername(String username) {
        return find("username", username).firstResultOptional();
    }

    /** Persists a new account and reads back what the database filled in (created_at). */
    public void persistAndRefresh(StaffUser user) {
        persistAndFlush(user);
        getEntityManager().refresh(user);
    }
}
