package id.suarawarga.score;

import id.suarawarga.access.AccessScope;
import id.suarawarga.common.problem.ProblemException;
import id.suarawarga.common.problem.ProblemType;
import id.suarawarga.round.RoundService;
import id.suarawarga.round.RoundView;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a {@link ScoreFilter} from what a person or client asks: a round's id and channel names. A malformed id or an
 * unknown channel is a 400 problem; a round that does not exist, or of a region the caller may not see, a 404.
 */
@ApplicationScoped
public class ScoreFilters {

    private final RoundService rounds;
    private final AccessScope scope;

    ScoreFilters(RoundService rounds, AccessScope scope) {
        this.rounds = rounds;
        this.scope = scope;
    }

    /** The caller's filter: {@code round} an id or blank, {@code channels} names (repeated or comma-separated). */
    public ScoreFilter parse(String round, List<String> channels) {
        RoundView view = null;
        Long roundId = roundId(round);
        if (roundId != null) {
            view = rounds.get(roundId);
            if (!scope.canSeeRegion(view.regionCode())) {
                throw ProblemException.notFound("Round", roundId);
            }
        }
        return new ScoreFilter(view, channels(channels));
    }

    /**
     * A round of {@code regionCode} for a page without a signed-in caller (the public results): empty filter when
     * {@code roundId} is null; 404 when the round does not exist or belongs to another region.
     */
    public ScoreFilter publicRound(String regionCode, Long roundId) {
        if (roundId == null) {
            return ScoreFilter.NONE;
        }
        RoundView view = rounds.get(roundId);
        if (!view.regionCode().equals(regionCode)) {
            throw ProblemException.notFound("Round", roundId);
        }
        return new ScoreFilter(view, Set.of());
    }

    private static Long roundId(String round) {
        if (round == null || round.isBlank()) {
            return null;
        }
        try {
            long id = Long.parseLong(round.strip());
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new ProblemException(
                ProblemType.MALFORMED_REQUEST, "round must be the id of an evaluation round (a positive number)");
    }

    /** WEB, API, KIOSK, ENUMERATOR, PAPER or IMPORT, any case; anything else is a 400 that lists them. */
    static Set<String> channels(List<String> values) {
        Set<String> channels = new LinkedHashSet<>();
        if (values == null) {
            return channels;
        }
        for (String value : values) {
            if (value == null) {
                continue;
            }
            for (String part : value.split(",", -1)) {
                String channel = part.strip().toUpperCase(Locale.ROOT);
                if (channel.isEmpty() && value.isBlank()) {
                    continue;
                }
                if (!ScoreFilter.CHANNELS.contains(channel)) {
                    throw new ProblemException(
                            ProblemType.MALFORMED_REQUEST,
                            "Unknown channel '" + abbreviated(part.strip()) + "': use one of "
                                    + String.join(", ", ScoreFilter.CHANNELS));
                }
                channels.add(channel);
            }
        }
        return channels;
    }

    private static String abbreviated(String value) {
        return value.length() <= 20 ? value : value.substring(0, 20) + "…";
    }
}
