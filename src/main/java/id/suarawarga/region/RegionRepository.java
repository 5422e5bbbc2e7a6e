package id.suarawarga.region;

import id.suarawarga.common.paging.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.Set;

/** Finders for regions. */
@ApplicationScoped
public class RegionRepository implements PanacheRepository<Region> {

    public Optional<Region> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    /** Regions whose province equals {@code province} and whose name contains {@code text}, both optional. */
    public PanacheQuery<Region> search(String province, String text, Set<String> scope, PageRequest page) {
        Parameters params = Parameters.with("province", province == null ? "" : province)
                .and("text", text == null ? "" : "%" + text.toLowerCase() + "%")
                .and("scoped", scope != null)
                .and("scope", scope == null || scope.isEmpty() ? Set.of("") : scope);
        return find(
                        "(:province = '' or lower(province) = lower(:province))"
                                + " and (:text = '' or lower(name) like :text)"
                                + " and (:scoped = false or code in :scope)",
                        Sort.by("code"),
                        params)
                .page(page.toPanache());
    }

    /** How many programs the region has (any year). */
    public long countPrograms(Region region) {
        return getEntityManager()
                .createQuery("select count(p) from Program p where p.region = :region", Long.class)
                .setParameter("region", region)
                .getSingleResult();
    }
}
