package id.suarawarga.round;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;

/** Finders for evaluation rounds. */
@ApplicationScoped
public class EvaluationRoundRepository implements PanacheRepository<EvaluationRound> {

    /** A region's rounds, of one year or (year null) of every year, earliest first. */
    public List<EvaluationRound> ofRegion(String regionCode, Integer year) {
        if (year == null) {
            return list("region.code = ?1", Sort.by("year").and("startsOn").and("id"), regionCode);
        }
        return list("region.code = ?1 and year = ?2", Sort.by("startsOn").and("id"), regionCode, year);
    }

    /** Another round of the same region and year whose days meet [startsOn, endsOn]. */
    public boolean overlaps(long regionId, int year, LocalDate startsOn, LocalDate endsOn, Long exceptId) {
        return count(
                        "region.id = ?1 and year = ?2 and startsOn <= ?4 and endsOn >= ?3 and id <> ?5",
                        regionId,
                        year,
                        startsOn,
                        endsOn,
                        exceptId == null ? -1L : exceptId)
                > 0;
    }

    /** Another round of the same region and year with this name (case-insensitive). */
    public boolean nameTaken(long regionId, int year, String name, Long exceptId) {
        return count(
                        "region.id = ?1 and year = ?2 and lower(name) = lower(?3) and id <> ?4",
                        regionId,
                        year,
                        name,
                        exceptId == null ? -1L : exceptId)
                > 0;
    }
}
