package id.suarawarga.field;

import id.suarawarga.auth.StaffUser;
import id.suarawarga.auth.StaffUserRepository;
import id.suarawarga.response.Channel;
import id.suarawarga.response.CollectionQueries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/** How a questionnaire's responses came in: per channel, and per field officer who collected them. */
@ApplicationScoped
public class CollectionService {

    /** Responses that came by one channel. */
    public record ChannelCount(Channel channel, long responses) {}

    /** Responses one field officer collected (their name as their account shows it). */
    public record OfficerCount(String name, String username, long responses) {}

    /** The figures of one questionnaire. */
    public record CollectionView(long total, List<ChannelCount> channels, List<OfficerCount> officers) {}

    private final CollectionQueries queries;
    private final StaffUserRepository users;

    CollectionService(CollectionQueries queries, StaffUserRepository users) {
        this.queries = queries;
        this.users = users;
    }

    @Transactional
    public CollectionView collection(long questionnaireId) {
        List<ChannelCount> channels = queries.perChannel(questionnaireId).stream()
                .map(c -> new ChannelCount(c.key(), c.responses()))
                .toList();
        List<OfficerCount> officers = queries.perOfficer(questionnaireId).stream()
                .map(c -> {
                    StaffUser user = users.findById(c.key());
                    return new OfficerCount(user.displayName, user.username, c.responses());
                })
                .toList();
        return new CollectionView(
                channels.stream().mapToLong(ChannelCount::responses).sum(), channels, officers);
    }
}
