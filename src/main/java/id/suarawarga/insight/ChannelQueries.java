package id.suarawarga.insight;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Responses of a questionnaire per channel and channel-tagged link's tag, in one pass. */
@ApplicationScoped
class ChannelQueries {

    /** Responses that came by one channel and tag (tag null: an untagged link). */
    record ChannelCount(String channel, String sourceTag, long counted, long flagged) {}

    private static final String BY_CHANNEL_SQL = """
            select channel, source_tag, count(*) filter (where not flagged), count(*) filter (where flagged)
              from survey_response where questionnaire_id = ?
             group by channel, source_tag
             order by count(*) filter (where not flagged) desc, channel, source_tag nulls first""";

    private final AgroalDataSource dataSource;

    ChannelQueries(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    List<ChannelCount> byChannel(long questionnaireId) {
        List<ChannelCount> counts = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(BY_CHANNEL_SQL)) {
            s.setLong(1, questionnaireId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    counts.add(new ChannelCount(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "could not count responses by channel of questionnaire " + questionnaireId, e);
        }
        return counts;
    }
}
