package id.suarawarga.auth;

import id.suarawarga.region.Region;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/** A person of a region's agencies who signs in to see feedback; residents never have accounts. */
@Entity
@Table(name = "staff_user")
public class StaffUser {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 60)
    public String username;

    @Column(name = "display_name", nullable = false, length = 120)
    public String displayName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public StaffRole role;

    /** Null for national admins and evaluators. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "region_id")
    public Region region;

    @Column(name = "password_hash", length = 100)
    public String passwordHash;

    @Column(nullable = false)
    public boolean active = true;

    @Column(name = "failed_sign_ins", nullable = false)
    public int failedSignIns;

    @Column(name = "locked_until")
    public Instant lockedUntil;

    /** Raised by signing out and by a new password: sessions of an older generation end. */
    @Column(name = "session_generation", nullable = false)
    public long sessionGeneration;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "staff_program", joinColumns = @JoinColumn(name = "staff_user_id"))
    @Column(name = "program_id")
    public Set<Long> programIds = new HashSet<>();

    @Column(name = "created_at", nullable = false, insertable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt = Instant.now();

    @Version
    public int version;
}
