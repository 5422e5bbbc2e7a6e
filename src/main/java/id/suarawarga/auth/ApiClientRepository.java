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

    /** Records a use of the client's key, unless one at or after {@code since} is recorded already. */
    public void markUsed(long id, Instant at, Instant since) {
        update("lastUsedAt = ?1 where id = ?2 and (lastUsedAt is null or lastUsedAt < ?3)", at, id, since);
    }

    /** Persists a new client and reads back what the database filled in (created_at). */
    public void persistAndRefresh(ApiClient client) {
        persistAndFlush(client);
        getEntityManager().refresh(client);
    }
}
