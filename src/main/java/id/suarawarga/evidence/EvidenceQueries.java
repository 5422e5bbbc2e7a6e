package id.suarawarga.evidence;

import id.suarawarga.score.ScoreFilter;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Per questionnaire, over the responses a score counts (not flagged, within the filter's round and channels): how many
 * came by each channel and when the first and the last came. One statement for a whole region.
 */
@ApplicationScoped
class EvidenceQueries {

    /** The responses of one questionnaire that count: per channel, and the first and last submission. */
    record Facts(Map<String, Long> channels, Instant first, Instant last) {

        static final Facts NONE = new Facts(Map.of(), null, null);
    }

    private static final String FACTS = """
            select questionnaire_id, channel, count(*), min(submitted_at), max(submitted_at)
              from survey_response
             where questionnaire_id = any (?) and not flagged
               and submitted_at >= ? and submitted_at < ? and (cardinality(?::text[]) = 0 or channel = any (?))
             group by questionnaire_id, channel""";

    private final AgroalDataSource dataSource;

    EvidenceQueries(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    Map<Long, Facts> facts(Collection<Long> questionnaireIds, ScoreFilter filter) {
        Map<Long, Map<String, Long>> channels = new HashMap<>();
        Map<Long, Instant[]> period = new HashMap<>();
        if (!questionnaireIds.isEmpty()) {
            try (Connection c = dataSource.getConnection();
                    PreparedStatement s = c.prepareStatement(FACTS)) {
                s.setArray(1, c.createArrayOf("bigint", questionnaireIds.toArray()));
                s.setTimestamp(
                        2,
                        Timestamp.from(
                                filter.round() == null
                                        ? Instant.EPOCH
                                        : filter.round().from()));
                s.setTimestamp(
                        3,
                        Timestamp.from(
                                filter.round() == null
                                        ? Instant.parse("9999-01-01T00:00:00Z")
                                        : filter.round().until()));
                var names = c.createArrayOf("text", filter.channelList().toArray());
                s.setArray(4, names);
                s.setArray(5, names);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        long id = rs.getLong(1);
                        channels.computeIfAbsent(id, k -> new LinkedHashMap<>()).put(rs.getString(2), rs.getLong(3));
                        Instant first = rs.getTimestamp(4).toInstant();
                        Instant last = rs.getTimestamp(5).toInstant();
                        period.merge(id, new Instant[] {first, last}, (a, b) ->
                                new Instant[] {a[0].isBefore(b[0]) ? a[0] : b[0], a[1].isAfter(b[1]) ? a[1] : b[1]});
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException("could not read the evidence pack's response facts", e);
            }
        }
        Map<Long, Facts> facts = new HashMap<>();
        for (Long id : questionnaireIds) {
            Instant[] p = period.get(id);
            facts.put(
                    id,
                    p == null ? Facts.NONE : new Facts(Map.copyOf(channels.getOrDefault(id, Map.of())), p[0], p[1]));
        }
        return facts;
    }
}
