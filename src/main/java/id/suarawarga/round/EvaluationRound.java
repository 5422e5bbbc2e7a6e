package id.suarawarga.round;

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
import java.time.LocalDate;

/** One round (tahap) of a region's evaluation year: whole days in the region's time zone, both ends included. */
@Entity
@Table(name = "evaluation_round")
public class EvaluationRound extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "region_id", nullable = false, updatable = false)
    public Region region;

    @Column(nullable = false)
    public int year;

    @Column(nullable = false, length = 60)
    public String name;

    @Column(name = "starts_on", nullable = false)
    public LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    public LocalDate endsOn;
}
