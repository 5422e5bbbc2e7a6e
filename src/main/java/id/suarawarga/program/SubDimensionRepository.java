package id.suarawarga.program;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/** The Smart City sub-dimensions, by code. */
@ApplicationScoped
class SubDimensionRepository implements PanacheRepositoryBase<SmartCitySubDimension, String> {}
