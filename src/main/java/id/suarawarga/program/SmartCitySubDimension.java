package id.suarawarga.program;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** One of the eighteen Smart City sub-dimensions, three per dimension (reference data). */
@Entity
@Immutable
@Table(name = "smart_city_sub_dimension")
public class SmartCitySubDimension {

    @Id
    @Column(length = 40)
    public String code;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "dimension_code", nullable = false)
    public SmartCityDimension dimension;

    @Column(nullable = false, length = 100)
    public String name;

    @Column(nullable = false)
    public short position;
}
