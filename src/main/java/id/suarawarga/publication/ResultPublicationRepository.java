package id.suarawarga.publication;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Finders for publication decisions. */
@ApplicationScoped
public class ResultPublicationRepository implements PanacheRepositoryBase<ResultPublication, Long> {

    /** Of these questionnaires, those whose results were withdrawn from the public pages. */
    public Set<Long> withdrawn(Collection<Long> questionnaireIds) {
        if (questionnaireIds.isEmpty()) {
            return Set.of();
        }
        List<ResultPublication> rows =
                list("questionnaireId in ?1 and published = false", List.copyOf(questionnaireIds));
        return rows.stream().map(r -> r.questionnaireId).collect(Collectors.toSet());
    }
}
