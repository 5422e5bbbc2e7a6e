package id.suarawarga.followup;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/** Finders for follow-up actions. */
@ApplicationScoped
public class FollowUpActionRepository implements PanacheRepository<FollowUpAction> {

    /** A questionnaire's actions, soonest due first. */
    public List<FollowUpAction> ofQuestionnaire(long questionnaireId) {
        return list("questionnaireId = ?1 order by dueDate, id", questionnaireId);
    }

    public Optional<FollowUpAction> find(long questionnaireId, long actionId) {
        return find("questionnaireId = ?1 and id = ?2", questionnaireId, actionId)
                .firstResultOptional();
    }
}
