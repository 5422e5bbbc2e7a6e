package id.suarawarga.program;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The Smart City dimensions (reference data from the migrations), in their official order. */
@ApplicationScoped
class DimensionRepository implements PanacheRepositoryBase<SmartCityDimension, String> {

    List<SmartCityDimension> inOrder() {
        return listAll(Sort.by("position"));
    }
}
