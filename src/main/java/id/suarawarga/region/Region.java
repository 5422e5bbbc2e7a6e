package id.suarawarga.region;

import id.suarawarga.common.persistence.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A kabupaten or kota taking part in the Smart City programme, keyed by its Kemendagri code. */
@Entity
@Table(name = "region")
public class Region extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** Kemendagri code, e.g. {@code 63.71} for Kota Banjarmasin; never changes. */
    @Column(nullable = false, updatable = false, length = 5)
    public String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public RegionKind kind;

    @Column(nullable = false, length = 120)
    public String name;

    @Column(nullable = false, length = 120)
    public String province;
}
