package id.suarawarga.insight;

import id.suarawarga.response.Channel;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;

/** Counts a questionnaire's responses per channel and per channel-tagged link, for the dashboard. */
@ApplicationScoped
public class ChannelBreakdownService {

    /** What each channel is called on the staff pages. */
    public static final Map<String, String> CHANNEL_NAMES = Map.of(
            Channel.WEB.name(), "Tautan atau QR",
            Channel.API.name(), "Aplikasi (API)",
            Channel.KIOSK.name(), "Tablet di loket",
            Channel.ENUMERATOR.name(), "Petugas lapangan",
            Channel.PAPER.name(), "Formulir kertas",
            Channel.IMPORT.name(), "Impor berkas");

    private final ChannelQueries queries;

    ChannelBreakdownService(ChannelQueries queries) {
        this.queries = queries;
    }

    public ChannelBreakdownView breakdown(long questionnaireId) {
        List<ChannelQueries.ChannelCount> counts = queries.byChannel(questionnaireId);
        long counted =
                counts.stream().mapToLong(ChannelQueries.ChannelCount::counted).sum();
        return new ChannelBreakdownView(
                counted,
                counts.stream()
                        .map(c -> new ChannelBreakdownView.Row(
                                c.channel(),
                                CHANNEL_NAMES.getOrDefault(c.channel(), c.channel()),
                                c.sourceTag(),
                                c.counted(),
                                c.flagged(),
                                counted == 0 ? null : (double) c.counted() / counted))
                        .toList());
    }
}
