package id.suarawarga.program;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** Reads the Smart City reference data. */
@ApplicationScoped
public class DimensionCatalog {

    @Transactional
    public List<DimensionView> all() {
        return SmartCityDimension.<SmartCityDimension>listAll(Sort.by("position")).stream().map(DimensionView::of).toList();
    }

    public Optional<SmartCitySubDimension> subDimension(String code) {
        return SmartCitySubDimension.findByIdOptional(code);
    }
}
