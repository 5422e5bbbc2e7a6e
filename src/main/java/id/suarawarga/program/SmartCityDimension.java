package id.suarawarga.program;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.List;
import org.hibernate.annotations.Immutable;

/** One of the six Smart City dimensions (reference data, loaded by migration). */
@Entity
@Immutable
@Table(name = "smart_city_dimension")
public class SmartCityDimension {

    @Id
    @Column(length = 40)
    public String code;

    @Column(nullable = false, length = 100)
    public String name;

    @Column(nullable = false)
    public short position;

    @OneToMany(mappedBy = "dimension")
    @OrderBy("position")
    public List<SmartCitySubDimension> subDimensions;
}
