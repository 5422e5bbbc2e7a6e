package id.suarawarga.score;

import id.suarawarga.round.RoundView;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which responses a score counts besides the flag rule: those of one evaluation round (its days in the region's time
 * zone) and/or of some channels. {@link #NONE} counts every response and is read from the running aggregates; any
 * other filter is computed from the responses themselves, with the same scored answers and SKM/IMPACT rule
 * ({@code score_kind()}) the aggregates use, so an all-covering filter gives the same figures.
 */
public record ScoreFilter(RoundView round, Set<String> channels) {

    /** The channels a response can come by: the names of {@code response.Channel}, pinned to it by a test. */
    public static final List<String> CHANNELS = List.of("WEB", "API", "KIOSK", "ENUMERATOR", "PAPER", "IMPORT");

    /** The {@code round} query parameter in the OpenAPI document. */
    public static final String ROUND_PARAMETER =
            "Only the responses submitted in this evaluation round's days (its id, see"
                    + " listRounds; both days included, in the region's time zone), computed from the responses instead of the"
                    + " running totals. The round must be of the region and year asked (another region's round: 404; another"
                    + " year's: 400). Without it, every response counts.";

    /** The {@code channel} query parameter in the OpenAPI document. */
    public static final String CHANNEL_PARAMETER =
            "Only the responses that came by these channels (repeat the parameter"
                    + " or separate with commas): WEB, API, KIOSK, ENUMERATOR, PAPER, IMPORT; an unknown one is a 400. Combines"
                    + " with round. Without it, every channel counts.";

    /** Every response: today's figures, from the running aggregates. */
    public static final ScoreFilter NONE = new ScoreFilter(null, Set.of());

    public ScoreFilter {
        channels = Set.copyOf(new TreeSet<>(channels));
        for (String channel : channels) {
            if (!CHANNELS.contains(channel)) {
                throw new IllegalArgumentException("unknown channel " + channel);
            }
        }
    }

    /** Counts every response (no round, every channel). */
    public boolean none() {
        return round == null && channels.isEmpty();
    }

    /** The same filter over one round. */
    public ScoreFilter inRound(RoundView round) {
        return new ScoreFilter(round, channels);
    }

    /** The channels in a fixed order, for display and SQL. */
    public List<String> channelList() {
        return CHANNELS.stream().filter(channels::contains).toList();
    }

    /** The filter in words for the method notes, e.g. "round 'Tahap 1' (2024-03-01 – 2024-06-30), channels WEB". */
    public String describe() {
        if (none()) {
            return "every response";
        }
        StringBuilder words = new StringBuilder("only responses");
        if (round != null) {
            words.append(" of round '")
                    .append(round.name())
                    .append("' (")
                    .append(round.startsOn())
                    .append(" – ")
                    .append(round.endsOn())
                    .append(", both days included, ")
                    .append(round.timeZone())
                    .append(")");
        }
        if (!channels.isEmpty()) {
            words.append(" by channel ").append(String.join(", ", channelList()));
        }
        return words.toString();
    }
}
