package id.suarawarga.round;

import id.suarawarga.audit.AuditAction;
import id.suarawarga.audit.AuditLog;
import id.suarawarga.common.problem.ProblemException;
import id.suarawarga.region.Region;
import id.suarawarga.region.RegionService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;

/**
 * A region's evaluation rounds: listed, created, changed and deleted (each change audited with before and after). A
 * round's days lie in its year and never overlap another round of the same region and year, so a response belongs to
 * at most one round. Callers check the region is the caller's (the scope filter does, on {@code regionCode}).
 */
@ApplicationScoped
public class RoundService {

    private final EvaluationRoundRepository rounds;
    private final RegionService regions;
    private final AuditLog audit;

    RoundService(EvaluationRoundRepository rounds, RegionService regions, AuditLog audit) {
        this.rounds = rounds;
        this.regions = regions;
        this.audit = audit;
    }

    /** The region's rounds of {@code year} (every year when null), earliest first; 404 for an unknown region. */
    @Transactional
    public List<RoundView> list(String regionCode, Integer year) {
        regions.require(regionCode);
        return rounds.ofRegion(regionCode, year).stream().map(RoundView::of).toList();
    }

    /** One round of the region; 404 when it does not exist or belongs to another region. */
    @Transactional
    public RoundView get(String regionCode, long roundId) {
        return RoundView.of(require(regionCode, roundId));
    }

    /** One round whatever its region, for the score filter (which checks the region itself); 404 when unknown. */
    @Transactional
    public RoundView get(long roundId) {
        return rounds.findByIdOptional(roundId)
                .map(RoundView::of)
                .orElseThrow(() -> ProblemException.notFound("Round", roundId));
    }

    @Transactional
    public RoundView create(String regionCode, RoundRequest request) {
        Region region = regions.require(regionCode);
        check(region, request, null);
        EvaluationRound round = new EvaluationRound();
        round.region = region;
        apply(round, request);
        rounds.persistAndFlush(round);
        RoundView created = RoundView.of(round);
        audit.record(AuditAction.ROUND_CREATED, regionCode, target(round), Map.of("after", created));
        return created;
    }

    @Transactional
    public RoundView update(String regionCode, long roundId, RoundRequest request) {
        EvaluationRound round = require(regionCode, roundId);
        check(round.region, request, round.id);
        RoundView before = RoundView.of(round);
        apply(round, request);
        rounds.flush();
        RoundView after = RoundView.of(round);
        if (!after.equals(before)) {
            audit.record(
                    AuditAction.ROUND_CHANGED, regionCode, target(round), Map.of("before", before, "after", after));
        }
        return after;
    }

    /** Deletes the round; responses are untouched (a round is only a date range over them). */
    @Transactional
    public void delete(String regionCode, long roundId) {
        EvaluationRound round = require(regionCode, roundId);
        RoundView before = RoundView.of(round);
        rounds.delete(round);
        audit.record(AuditAction.ROUND_DELETED, regionCode, target(round), Map.of("before", before));
    }

    private EvaluationRound require(String regionCode, long roundId) {
        return rounds.findByIdOptional(roundId)
                .filter(r -> r.region.code.equals(regionCode))
                .orElseThrow(() -> ProblemException.notFound("Round", roundId));
    }

    private void check(Region region, RoundRequest request, Long exceptId) {
        String name = request.name().strip();
        int year = request.year();
        if (request.endsOn().isBefore(request.startsOn())) {
            throw ProblemException.invalid("/endsOn", "must not be before startsOn");
        }
        if (request.startsOn().getYear() != year) {
            throw ProblemException.invalid("/startsOn", "must fall in the year " + year);
        }
        if (request.endsOn().getYear() != year) {
            throw ProblemException.invalid("/endsOn", "must fall in the year " + year);
        }
        if (rounds.nameTaken(region.id, year, name, exceptId)) {
            throw ProblemException.alreadyExists("The region already has a round named " + name + " in " + year);
        }
        if (rounds.overlaps(region.id, year, request.startsOn(), request.endsOn(), exceptId)) {
            throw ProblemException.alreadyExists("The days overlap another round of " + year + " in this region");
        }
    }

    private static void apply(EvaluationRound round, RoundRequest request) {
        round.name = request.name().strip();
        round.year = request.year();
        round.startsOn = request.startsOn();
        round.endsOn = request.endsOn();
    }

    private static String target(EvaluationRound round) {
        return "round:" + round.id;
    }
}
