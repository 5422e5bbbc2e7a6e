package id.suarawarga.program;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** Reads the Smart City reference data. */
@ApplicationScoped
public class DimensionCatalog {

    private final DimensionRepository dimensions;
    private final SubDimensionRepository subDimensions;

    DimensionCatalog(DimensionRepository dimensions, SubDimensionRepository subDimensions) {
        this.dimensions = dimensions;
        this.subDimensions = subDimensions;
    }

    @Transactional
    public List<DimensionView> all() {
        return dimensions.inOrder().stream().map(DimensionView::of).toList();
    }

    public Optional<SmartCitySubDimension> subDimension(String code) {
        return subDimensions.findByIdOptional(code);
    }
}
