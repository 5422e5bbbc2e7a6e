package id.suarawarga.response;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.suarawarga.common.config.SuaraConfig;
import id.suarawarga.common.text.Digests;
import id.suarawarga.questionnaire.DuplicatePolicy;
import id.suarawarga.questionnaire.PublicQuestionnaire;
import io.vertx.core.Context;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * Records residents' responses exactly once. Answers are checked, suspect ones flagged (never dropped), and the
 * response is committed in one statement before the caller tells the resident "thank you".
 */
@ApplicationScoped
public class SubmissionService {

    /**
     * At most this many responses from one device are counted on residents' declarations that they are different
     * people (a household sharing a phone); beyond it a response is flagged DUPLICATE_DEVICE as before.
     */
    public static final int SHARED_DEVICE_MAX = 5;

    private final ResponseQueries responses;
    private final GroupCommitInserter inserter;
    private final SubmissionMetrics metrics;
    private final KeyedHasher hasher;
    private final SourceRateLimiter rateLimiter;
    private final Duration minFillTime;
    private final ObjectMapper json;
    private final Clock clock = Clock.systemUTC();

    SubmissionService(
            ResponseQueries responses,
            GroupCommitInserter inserter,
            KeyedHasher hasher,
            SourceRateLimiter rateLimiter,
            SuaraConfig config,
            ObjectMapper json,
            SubmissionMetrics metrics) {
        this.metrics = metrics;
        this.responses = responses;
        this.inserter = inserter;
        this.hasher = hasher;
        this.rateLimiter = rateLimiter;
        this.minFillTime = config.guard().minFillTime();
        this.json = json.copy().enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
    }

    /**
     * How many responses this device (its cookie) sent to the questionnaire, counted up to {@link #SHARED_DEVICE_MAX};
     * 0 under the ALLOW policy, where a device is not recognised.
     */
    public int deviceResponses(PublicQuestionnaire questionnaire, DuplicatePolicy policy, String deviceId) {
        if (policy == DuplicatePolicy.ALLOW) {
            return 0;
        }
        String deviceHash = hasher.hash("device", String.valueOf(questionnaire.id()), deviceId);
        return responses.deviceResponses(questionnaire.id(), deviceHash, SHARED_DEVICE_MAX);
    }

    /**
     * Not {@code @Transactional}: the only write is one auto-committed (group-committed) insert, durable when it
     * returns, and the checks before it read committed data.
     */
    public SubmissionOutcome submit(Submission submission) {
        long start = System.nanoTime();
        Step step = prepare(submission);
        SubmissionOutcome outcome;
        if (step instanceof Step.Insert insert) {
            outcome = inserted(submission, insert, inserter.insert(insert.row()));
        } else if (step instanceof Step.Refuse refuse) {
            outcome = replayOr(submission, refuse.requestHash(), refuse.refusal());
        } else {
            outcome = ((Step.Done) step).outcome();
        }
        metrics.record(submission.channel(), outcome, System.nanoTime() - start);
        return outcome;
    }

    /**
     * The same as {@link #submit}, for the event loop: no thread waits while the response's batch commits. The
     * common path (check, queue for the next batch, answer when it has committed) never blocks; the steps that read
     * the database (a device check under a REJECT or FLAG policy, a replayed key's receipt) run on a worker thread
     * of {@code context}. The stage completes on {@code context}; when the response could not be stored it fails
     * with a {@link ResponseStoreException} (as the cause of a {@code CompletionException}, as stages do).
     */
    public CompletionStage<SubmissionOutcome> submitAsync(Submission submission, Context context) {
        if (submission.deviceId() != null && submission.duplicatePolicy() != DuplicatePolicy.ALLOW) {
            return blocking(context, () -> submit(submission));
        }
        long start = System.nanoTime();
        Step step = prepare(submission);
        CompletionStage<SubmissionOutcome> outcome;
        if (step instanceof Step.Insert insert) {
            // continue on the context, not on the writer thread, which has the next batch to write
            outcome = inserter.insertAsync(insert.row())
                    .handleAsync(
                            (stored, failure) -> afterInsert(submission, insert, stored, failure, context),
                            onContext(context))
                    .thenCompose(Function.identity());
        } else if (step instanceof Step.Refuse refuse) {
            outcome = blocking(context, () -> replayOr(submission, refuse.requestHash(), refuse.refusal()));
        } else {
            outcome = CompletableFuture.completedFuture(((Step.Done) step).outcome());
        }
        return outcome.whenComplete((done, failure) -> {
            if (done != null) {
                metrics.record(submission.channel(), done, System.nanoTime() - start);
            }
        });
    }

    private CompletionStage<SubmissionOutcome> afterInsert(
            Submission submission,
            Step.Insert insert,
            Optional<ResponseQueries.Stored> stored,
            Throwable failure,
            Context context) {
        if (failure != null) {
            return CompletableFuture.failedFuture(GroupCommitInserter.storeFailure(failure));
        }
        if (stored.isPresent()) {
            return CompletableFuture.completedFuture(inserted(submission, insert, stored));
        }
        return blocking(context, () -> inserted(submission, insert, stored)); // a replay: its receipt is read
    }

    /** Runs {@code work} on a worker thread of {@code context} (not ordered with other blocking work of it). */
    static <T> CompletionStage<T> blocking(Context context, Callable<T> work) {
        return context.executeBlocking(work, false).toCompletionStage();
    }

    private static Executor onContext(Context context) {
        return command -> context.runOnContext(ignored -> command.run());
    }

    /** What to do with a submission once it is checked: answer now, refuse unless it is a retry, or store it. */
    private sealed interface Step {
        record Done(SubmissionOutcome outcome) implements Step {}

        record Refuse(String requestHash, SubmissionOutcome refusal) implements Step {}

        record Insert(ResponseQueries.NewRow row, List<FlagReason> flags) implements Step {}
    }

    /**
     * Checks the answers and runs the guards. Reads the database only for the device check, which
     * {@link #submitAsync} never lets happen on the event loop.
     */
    private Step prepare(Submission submission) {
        PublicQuestionnaire questionnaire = submission.questionnaire();
        AnswerCheck check =
                AnswerValidator.check(questionnaire, submission.answers(), submission.channel() == Channel.API);
        if (check.terminated()) {
            return new Step.Done(new SubmissionOutcome.NotEligible(check.terminatedBy()));
        }
        if (!check.valid()) {
            return new Step.Done(new SubmissionOutcome.Invalid(check.errors()));
        }
        String answersJson = toJson(check);
        String requestHash = Digests.sha256Hex(answersJson);
        // The insert is idempotent; a repeated key is recognised there. Guards run first because they may refuse the
        // response (REJECT policy, hard rate limit) — for a repeat they judge a row that is never written.
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
        String deviceHash =
                submission.deviceId() == null ? null : hasher.hash("device", questionnaireId, submission.deviceId());
        boolean otherPerson = false;
        // a kiosk enrolled by staff takes one resident after another: its responses are not duplicates of each other
        if (deviceHash != null
                && submission.channel() != Channel.KIOSK
                && submission.duplicatePolicy() != DuplicatePolicy.ALLOW) {
            int earlier = responses.deviceResponses(questionnaire.id(), deviceHash, SHARED_DEVICE_MAX);
            if (earlier > 0 && submission.duplicatePolicy() == DuplicatePolicy.REJECT) {
                return new Step.Refuse(requestHash, new SubmissionOutcome.DuplicateDevice());
            }
            if (earlier > 0 && submission.otherPerson() && earlier < SHARED_DEVICE_MAX) {
                otherPerson = true; // a family's phone: counted, with the declaration stored for the owner to see
            } else if (earlier > 0) {
                flags.add(FlagReason.DUPLICATE_DEVICE);
            }
        }
        String sourceHash = submission.clientAddress() == null
                ? null
                : hasher.hash("source", questionnaireId, submission.clientAddress());
        if (sourceHash != null) {
            switch (rateLimiter.record(sourceHash)) {
                case REJECT -> {
                    return new Step.Refuse(requestHash, new SubmissionOutcome.RateLimited());
                }
                case FLAG -> flags.add(FlagReason.RATE_LIMIT);
                case OK -> {}
            }
        }
        return new Step.Insert(
                new ResponseQueries.NewRow(
                        questionnaire.id(),
                        submission.submissionKey(),
                        requestHash,
                        submission.channel(),
                        submission.language(),
                        questionnaire.version(),
                        answersJson,
                        fillSeconds,
                        deviceHash,
                        sourceHash,
                        flags,
                        ScoredAnswer.of(questionnaire, check.answers()),
                        submission.collectedBy(),
                        SourceTags.normalise(submission.sourceTag()),
                        otherPerson),
                flags);
    }

    /** The outcome once the insert is done; reads the database when the key was used before (a replay). */
    private SubmissionOutcome inserted(
            Submission submission, Step.Insert insert, Optional<ResponseQueries.Stored> stored) {
        if (stored.isEmpty()) {
            // the key was used before (a retry, a double tap) or by a concurrent request that won: it has committed
            return responses
                    .findByKey(submission.questionnaire().id(), submission.submissionKey())
                    .map(winner -> replay(winner, insert.row().requestHash(), submission.exactReplay()))
                    .orElseThrow(() -> new IllegalStateException("conflicting response vanished"));
        }
        metrics.flagged(insert.flags());
        return new SubmissionOutcome.Accepted(receipt(stored.get()), false);
    }

    /** A refusal, unless this is a retry of a response already stored: a retry always gets its original receipt. */
    private SubmissionOutcome replayOr(Submission submission, String requestHash, SubmissionOutcome refusal) {
        return responses
                .findByKey(submission.questionnaire().id(), submission.submissionKey())
                .map(earlier -> replay(earlier, requestHash, submission.exactReplay()))
                .orElse(refusal);
    }

    /**
     * The same key again. A form resubmitted (back button, double tap) gets its thank-you whatever it holds now;
     * an API client or a device's queue must send the same answers, or it is told the key was already used.
     */
    private static SubmissionOutcome replay(ResponseQueries.Stored stored, String requestHash, boolean exact) {
        if (exact && !stored.requestHash().equals(requestHash)) {
            return new SubmissionOutcome.KeyReused();
        }
        return new SubmissionOutcome.Accepted(receipt(stored), true);
    }

    private static ResponseReceiptView receipt(ResponseQueries.Stored stored) {
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
