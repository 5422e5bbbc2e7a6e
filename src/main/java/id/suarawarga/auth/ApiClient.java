package id.suarawarga.auth;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A machine client of the evaluation API (e.g. the national assessors' system), scoped to regions. */
@Entity
@Table(name = "api_client")
public class ApiClient {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 120)
    public String name;

    /** SHA-256 (hex) of the key; the key itself is never stored. */
    @Column(name = "key_hash", nullable = false, length = 64)
    public String keyHash;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "region_codes", nullable = false, columnDefinition = "varchar(5)[]")
    public String[] regionCodes;

    @Column(name = "created_at", nullable = false, insertable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    /** When the key was last accepted, to the minute (V15); null when never used. */
    @Column(name = "last_used_at")
    public Instant lastUsedAt;
}
