package id.suarawarga.response;

import id.suarawarga.questionnaire.DuplicatePolicy;
import id.suarawarga.questionnaire.PublicQuestionnaire;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One attempt to submit answers, from the web form or the API.
 *
 * @param submissionKey the form token's key or the API's Idempotency-Key: at most one response per key
 * @param answers       raw answers by question code (several values for MULTI_CHOICE)
 * @param formIssuedAt  when the form was rendered (web only), for the minimum fill time
 * @param honeypot      the hidden field a person never fills in (web only)
 * @param deviceId      the device cookie (or the API's X-Device-Id), hashed before use; may be null
 * @param clientAddress the client's address, hashed before use, never stored
 * @param exactReplay   whether a repeated key must carry the same answers (else it is refused as reused): always for
 *                      the API and for answers queued on a device (offline form, field officer, import); a form
 *                      resubmitted by hand (back button) gets its thank-you whatever it holds
 * @param collectedBy   the staff account of the field officer who interviewed the resident; null otherwise
 * @param sourceTag     the tag of a channel-tagged link ({@link SourceTags}), or null
 * @param otherPerson   the resident declared they are another person than who answered on this device before
 */
public record Submission(
        PublicQuestionnaire questionnaire,
        DuplicatePolicy duplicatePolicy,
        String submissionKey,
        Channel channel,
        String language,
        Map<String, List<String>> answers,
        Instant formIssuedAt,
        String honeypot,
        String deviceId,
        String clientAddress,
        boolean exactReplay,
        Long collectedBy,
        String sourceTag,
        boolean otherPerson) {

    /** A submission whose replays must match exactly only when it came through the API (no collector, no link tag). */
    public Submission(
            PublicQuestionnaire questionnaire,
            DuplicatePolicy duplicatePolicy,
            String submissionKey,
            Channel channel,
            String language,
            Map<String, List<String>> answers,
            Instant formIssuedAt,
            String honeypot,
            String deviceId,
            String clientAddress) {
        this(
                questionnaire,
                duplicatePolicy,
                submissionKey,
                channel,
                language,
                answers,
                formIssuedAt,
                honeypot,
                deviceId,
                clientAddress,
                channel == Channel.API,
                null,
                null,
                false);
    }
}
