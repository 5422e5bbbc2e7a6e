package id.suarawarga.insight;

import java.util.List;

/**
 * Where a questionnaire's responses came from: per channel (web link, API, counter tablet, …) and per tag of a
 * channel-tagged link ({@code ?k=loket-1}), counted and flagged apart. Names a place or a medium, never a person.
 */
public record ChannelBreakdownView(long counted, List<Row> rows) {

    /**
     * One channel and tag.
     *
     * @param channel   the channel's name in Bahasa Indonesia, e.g. "Tautan atau QR"
     * @param sourceTag the link's tag, e.g. {@code loket-1}; null when the link had none
     * @param share     {@code counted} as a share (0–1) of every counted response, null when none is counted
     */
    public record Row(String channelCode, String channel, String sourceTag, long counted, long flagged, Double share) {}

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /** Whether any response came by a tagged link (else the page explains how to make one). */
    public boolean hasTags() {
        return rows.stream().anyMatch(r -> r.sourceTag() != null);
    }
}
