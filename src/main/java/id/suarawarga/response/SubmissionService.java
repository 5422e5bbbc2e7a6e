package id.suarawarga.response;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.suarawarga.common.config.SuaraConfig;
import id.suarawarga.common.text.Digests;
import id.suarawarga.questionnaire.DuplicatePolicy;
import id.suarawarga.questionnaire.PublicQuestionnaire;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Records residents' responses exactly once. Answers are checked, suspect ones flagged (never dropped), and the
 * response is committed in one statement before the caller tells the resident "thank you".
 */
@ApplicationScoped
public class SubmissionService {

    private final ResponseRepository responses;
    private final GroupCommitInserter inserter;
    private final SubmissionMetrics metrics;
    private final KeyedHasher hasher;
    private final SourceRateLimiter rateLimiter;
    private final Duration minFillTime;
    private final ObjectMapper json;
    private final Clock clock = Clock.systemUTC();

    SubmissionService(ResponseRepository responses, GroupCommitInserter inserter, KeyedHasher hasher,
                      SourceRateLimiter rateLimiter, SuaraConfig config, ObjectMapper json, SubmissionMetrics metrics) {
        this.metrics = metrics;
        this.responses = responses;
        this.inserter = inserter;
        this.hasher = hasher;
        this.rateLimiter = rateLimiter;
        this.minFillTime = config.guard().minFillTime();
        this.json = json.copy().enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
    }

    /**
     * Not {@code @Transactional}: the only write is one auto-committed (group-committed) insert, durable when it
     * returns, and the checks before it read committed data.
     */
    public SubmissionOutcome submit(Submission submission) {
        long start = System.nanoTime();
        SubmissionOutcome outcome = check(submission);
        metrics.record(submission.channel(), outcome, System.nanoTime() - start);
        return outcome;
    }

    private SubmissionOutcome check(Submission submission) {
        PublicQuestionnaire questionnaire = submission.questionnaire();
        AnswerCheck check = AnswerValidator.check(questionnaire, submission.answers(), submission.channel() == Channel.API);
        if (check.terminated()) {
            return new SubmissionOutcome.NotEligible(check.terminatedBy());
        }
        if (!check.valid()) {
            return new SubmissionOutcome.Invalid(check.errors());
        }
        String answersJson = toJson(check);
        String requestHash = Digests.sha256Hex(answersJson);
        // The insert below is idempotent; a repeated key is recognised there. Guards run first because they may
        // refuse the response (REJECT policy, hard rate limit) — for a repeat they judge a row that is never written.
        List<FlagReason> flags = new ArrayList<>();
        String questionnaireId = String.valueOf(questionnaire.id());
        if (submission.honeypot() != null && !submission.honeypot().isBlank()) {
            flags.add(FlagReason.HONEYPOT);
        }
        Integer fillSeconds = null;
        if (submission.formIssuedAt() != null) {
            Duration fill = Duration.between(submission.formIssuedAt(), clock.instant());
            fillSeconds = (int) Math.max(0, Math.min(Integer.MAX_VALUE, fill.toSeconds()));
            if (fill.compareTo(minFillTime) < 0) {
                flags.add(FlagReason.TOO_FAST);
            }
        }
        String deviceHash = submission.deviceId() == null ? null : hasher.hash("device", questionnaireId, submission.deviceId());
        if (deviceHash != null && submission.duplicatePolicy() != DuplicatePolicy.ALLOW
                && responses.deviceAnswered(questionnaire.id(), deviceHash)) {
            if (submission.duplicatePolicy() == DuplicatePolicy.REJECT) {
                return replayOr(submission, requestHash, new SubmissionOutcome.DuplicateDevice());
            }
            flags.add(FlagReason.DUPLICATE_DEVICE);
        }
        String sourceHash = submission.clientAddress() == null ? null
                : hasher.hash("source", questionnaireId, submission.clientAddress());
        if (sourceHash != null) {
            switch (rateLimiter.record(sourceHash)) {
                case REJECT -> {
                    return replayOr(submission, requestHash, new SubmissionOutcome.RateLimited());
                }
                case FLAG -> flags.add(FlagReason.RATE_LIMIT);
                case OK -> { }
            }
        }

        Optional<ResponseRepository.Stored> stored = inserter.insert(new ResponseRepository.NewRow(questionnaire.id(),
                submission.submissionKey(), requestHash, submission.channel(), submission.language(), questionnaire.version(),
                answersJson, fillSeconds, deviceHash, sourceHash, flags));
        if (stored.isEmpty()) {
            // the key was used before (a retry, a double tap) or by a concurrent request that won: it has committed
            return responses.findByKey(questionnaire.id(), submission.submissionKey())
                    .map(winner -> replay(winner, requestHash, submission.channel()))
                    .orElseThrow(() -> new IllegalStateException("conflicting response vanished"));
        }
        metrics.flagged(flags);
        return new SubmissionOutcome.Accepted(receipt(stored.get()), false);
    }

    /** A refusal, unless this is a retry of a response already stored: a retry always gets its original receipt. */
    private SubmissionOutcome replayOr(Submission submission, String requestHash, SubmissionOutcome refusal) {
        return responses.findByKey(submission.questionnaire().id(), submission.submissionKey())
                .map(earlier -> replay(earlier, requestHash, submission.channel()))
                .orElse(refusal);
    }

    /**
     * The same key again. A form resubmitted (back button, double tap) gets its thank-you whatever it holds now;
     * an API client must send the same answers, or it is told the key was already used.
     */
    private static SubmissionOutcome replay(ResponseRepository.Stored stored, String requestHash, Channel channel) {
        if (channel == Channel.API && !stored.requestHash().equals(requestHash)) {
            return new SubmissionOutcome.KeyReused();
        }
        return new SubmissionOutcome.Accepted(receipt(stored), true);
    }

    private static ResponseReceiptView receipt(ResponseRepository.Stored stored) {
        return new ResponseReceiptView(stored.publicId(), stored.questionnaireVersion(), stored.submittedAt());
    }

    private String toJson(AnswerCheck check) {
        try {
            return json.writeValueAsString(check.answers());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("answers not serialisable", e);
        }
    }
}
