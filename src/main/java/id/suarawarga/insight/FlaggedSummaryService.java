package id.suarawarga.insight;

import id.suarawarga.questionnaire.QuestionnaireView;
import id.suarawarga.response.FlagReason;
import id.suarawarga.score.ScoreService;
import id.suarawarga.score.ScoreView;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Flagged responses per reason, and the score without and with them (both from {@link ScoreService}). */
@ApplicationScoped
public class FlaggedSummaryService {

    private static final String SQL = """
            select reason, count(*) from survey_response r cross join unnest(r.flag_reasons) reason
             where r.questionnaire_id = ? and r.flagged group by reason
            union all
            select null, count(*) from survey_response r where r.questionnaire_id = ? and r.flagged""";

    private final AgroalDataSource dataSource;
    private final ScoreService scores;

    FlaggedSummaryService(AgroalDataSource dataSource, ScoreService scores) {
        this.dataSource = dataSource;
        this.scores = scores;
    }

    public FlaggedSummaryView summary(QuestionnaireView questionnaire) {
        Map<FlagReason, Long> byReason = new EnumMap<>(FlagReason.class);
        long flagged = 0;
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(SQL)) {
            s.setLong(1, questionnaire.id());
            s.setLong(2, questionnaire.id());
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    if (rs.getString(1) == null) {
                        flagged = rs.getLong(2);
                    } else {
                        byReason.put(FlagReason.valueOf(rs.getString(1)), rs.getLong(2));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not count flagged responses of questionnaire " + questionnaire.id(), e);
        }
        List<FlaggedSummaryView.ReasonCount> reasons = new ArrayList<>();
        for (FlagReason reason : FlagReason.values()) {
            reasons.add(new FlaggedSummaryView.ReasonCount(reason.name(), byReason.getOrDefault(reason, 0L)));
        }
        return new FlaggedSummaryView(flagged, reasons, figures(scores.questionnaire(questionnaire.id(), false)),
                figures(scores.questionnaire(questionnaire.id(), true)));
    }

    /** The headline of a {@link ScoreView}, in the shape the dashboard uses for every group. */
    static ScoreFigures figures(ScoreView score) {
        ScoreView.Ikm ikm = score.ikm();
        ScoreView.Benefit benefit = score.benefit();
        return new ScoreFigures(score.responses(),
                ikm == null ? null : ikm.konversi(), ikm == null ? null : ikm.category(),
                ikm == null ? null : ikm.categoryLabel(), ikm == null ? null : ikm.n(),
                ikm == null ? null : ikm.konversiLow(), ikm == null ? null : ikm.konversiHigh(),
                benefit == null ? null : benefit.value(), benefit == null ? null : benefit.n());
    }
}
