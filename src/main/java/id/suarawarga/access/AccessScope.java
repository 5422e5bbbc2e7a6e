package id.suarawarga.access;

import id.suarawarga.common.problem.ProblemException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import java.util.Set;

/**
 * What the current caller may see: every region (national), some regions (a region's staff, an API client), or
 * only some programs (a program owner). The one place that answers "may this caller see that object?"; the
 * {@link ScopeFilter} applies it to path parameters and services apply it to lists.
 */
@RequestScoped
public class AccessScope {

    private final SecurityIdentity identity;
    private final AccessQueries queries;

    AccessScope(SecurityIdentity identity, AccessQueries queries) {
        this.identity = identity;
        this.queries = queries;
    }

    public boolean authenticated() {
        return !identity.isAnonymous();
    }

    /** The caller's name as shown and audited: a staff user name or {@code api-client:<name>}. */
    public String actor() {
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }

    public String displayName() {
        String name = identity.getAttribute(StaffAttributes.DISPLAY_NAME);
        return name != null ? name : actor();
    }

    public Optional<Long> staffUserId() {
        return Optional.ofNullable(identity.getAttribute(StaffAttributes.USER_ID));
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    /** Sees every region: a national admin or evaluator. */
    public boolean national() {
        return scoped() && regionSet().isEmpty() && programIds().isEmpty();
    }

    /** The regions the caller is limited to; empty for national callers. */
    public Set<String> regionCodes() {
        return regionSet();
    }

    /** The single region of a region's staff; empty for national callers and multi-region API clients. */
    public Optional<String> regionCode() {
        Set<String> regions = regionSet();
        return regions.size() == 1 ? Optional.of(regions.iterator().next()) : Optional.empty();
    }

    /** Present only for program owners and field officers: the programs assigned to them. */
    public Optional<Set<Long>> programIds() {
        return Optional.ofNullable(identity.getAttribute(StaffAttributes.PROGRAM_IDS));
    }

    public boolean canSeeRegion(String regionCode) {
        // owners always carry their one region, so an empty set means national
        return scoped() && (regionSet().isEmpty() || regionSet().contains(regionCode));
    }

    public boolean canSeeProgram(long programId) {
        if (!scoped()) {
            return false;
        }
        if (programIds().isPresent()) {
            return programIds().get().contains(programId); // an owner's programs need no lookup
        }
        return queries.programRegion(programId)
                .map(region -> canSee(programId, region))
                .orElse(false);
    }

    /** Refuses (403) what only a national admin may do, such as adding a region. */
    public void requireNational(String why) {
        if (!national()) {
            throw ProblemException.forbidden(why);
        }
    }

    /** A region named in a request body must be one the caller may see; else it "does not exist" (404). */
    public void requireRegion(String regionCode) {
        if (!canSeeRegion(regionCode)) {
            throw ProblemException.notFound("Region", regionCode);
        }
    }

    /** A program named in a request body must be one the caller may see; else it "does not exist" (404). */
    public void requireProgram(long programId) {
        if (!canSeeProgram(programId)) {
            throw ProblemException.notFound("Program", programId);
        }
    }

    /**
     * The regions and programs the caller is limited to, for lists: a caller without a scope is limited to nothing.
     */
    public Limits limits() {
        if (!scoped()) {
            return new Limits(Set.of(), Set.of());
        }
        return new Limits(
                regionSet().isEmpty() ? null : regionSet(), programIds().orElse(null));
    }

    /** The regions and programs a list may show; {@code null} means not limited. */
    public record Limits(Set<String> regionCodes, Set<Long> programIds) {}

    /** A staff account is visible to national callers, and to a region's staff when it belongs to their region. */
    public boolean canSeeStaffUser(long staffUserId) {
        if (!scoped()) {
            return false;
        }
        Optional<Optional<String>> region = queries.staffUserRegion(staffUserId);
        return region.isPresent()
                && (national() || region.get().map(this::canSeeRegion).orElse(false));
    }

    public boolean canSeeQuestionnaire(long questionnaireId) {
        if (!scoped()) {
            return false;
        }
        return queries.questionnaireOwner(questionnaireId)
                .map(owner -> canSee(owner.programId(), owner.regionCode()))
                .orElse(false);
    }

    private boolean canSee(long programId, String regionCode) {
        Optional<Set<Long>> owned = programIds();
        return owned.isPresent()
                ? owned.get().contains(programId)
                : regionSet().isEmpty() || regionSet().contains(regionCode);
    }

    /**
     * Whether an identity provider of ours stated the caller's scope. An identity without it (e.g. from a mechanism
     * added later) sees nothing rather than everything.
     */
    private boolean scoped() {
        return authenticated() && identity.getAttribute(StaffAttributes.REGION_CODES) != null;
    }

    private Set<String> regionSet() {
        Set<String> regions = identity.getAttribute(StaffAttributes.REGION_CODES);
        return regions == null ? Set.of() : regions;
    }
}
