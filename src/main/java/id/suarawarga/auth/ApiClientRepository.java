package id.suarawarga.auth;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;

/** Finders for the evaluation system's API clients. */
@ApplicationScoped
public class ApiClientRepository implements PanacheRepository<ApiClient> {

    public Optional<ApiClient> findLiveByKeyHash(String keyHash) {
        return find("keyHash = ?1 and revokedAt is null", keyHash).firstResultOptional();
    }

    public void revokeLiveByName(String name, Instant at) {
        update("revokedAt = ?1 where name = ?2 and revokedAt is null", at, name);
    }

    /** Persists a new client and reads back what the database filled in (created_at). */
    public void persistAndRefresh(ApiClient client) {
        persistAndFlush(client);
        getEntityManager().refresh(client);
    }
}
