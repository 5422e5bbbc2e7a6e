package id.suarawarga.program;

import id.suarawarga.common.persistence.AuditedEntity;
import id.suarawarga.region.Region;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A Quick Win program of a region in one evaluation year, owned by one agency (OPD). */
@Entity
@Table(name = "program")
public class Program extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "region_id", nullable = false, updatable = false)
    public Region region;

    @Column(nullable = false, updatable = false)
    public short year;

    @Column(nullable = false, length = 160)
    public String name;

    /** Public URL key of the program's questionnaire page; frozen once a questionnaire was published. */
    @Column(nullable = false, length = 80)
    public String slug;

    /** The owning agency (OPD), e.g. DPMPTSP. */
    @Column(nullable = false, length = 200)
    public String agency;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "sub_dimension_code", nullable = false)
    public SmartCitySubDimension subDimension;

    /** Redundant with the sub-dimension on purpose: the schema checks the pair with a composite key. */
    @Column(name = "dimension_code", nullable = false, length = 40)
    public String dimensionCode;

    @Column(length = 4000)
    public String description;

    /** Size of the population the program serves; sets the required sample size. Unknown when null. */
    @Column(name = "target_population")
    public Integer targetPopulation;

    /** When the region archived the program (no longer run this year; history kept); null while active. */
    @Column(name = "archived_at")
    public java.time.Instant archivedAt;
}
