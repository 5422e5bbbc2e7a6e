package id.suarawarga.web.staff.followup;

import id.suarawarga.followup.FollowUpService;
import id.suarawarga.followup.FollowUpView;
import id.suarawarga.publication.PublicationService;
import id.suarawarga.publication.PublicationView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.List;

/**
 * The follow-up plan and the publication setting as blocks of other pages (the questionnaire's dashboard, the printed
 * report), reached from their templates as {@code inject:tindakLanjut}, so those pages' classes need not change. The
 * pages' paths name the questionnaire, so the scope filter has already let the caller see it.
 */
@ApplicationScoped
@Named("tindakLanjut")
public class FollowUpBlocks {

    /** What the questionnaire's dashboard shows. */
    public record Block(List<FollowUpView> actions, PublicationView publication) {}

    private final FollowUpService followUps;
    private final PublicationService publication;

    FollowUpBlocks(FollowUpService followUps, PublicationService publication) {
        this.followUps = followUps;
        this.publication = publication;
    }

    public Block of(long questionnaireId) {
        return new Block(followUps.actions(questionnaireId), publication.get(questionnaireId));
    }

    public List<FollowUpView> actions(long questionnaireId) {
        return followUps.actions(questionnaireId);
    }
}
