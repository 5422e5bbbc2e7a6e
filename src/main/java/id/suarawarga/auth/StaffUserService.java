package id.suarawarga.auth;

import id.suarawarga.access.AccessScope;
import id.suarawarga.audit.AuditAction;
import id.suarawarga.audit.AuditChanges;
import id.suarawarga.audit.AuditLog;
import id.suarawarga.common.paging.PageRequest;
import id.suarawarga.common.paging.PageView;
import id.suarawarga.common.problem.ProblemException;
import id.suarawarga.program.ProgramService;
import id.suarawarga.program.ProgramView;
import id.suarawarga.region.RegionRequest;
import id.suarawarga.region.RegionService;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Staff accounts, managed by admins within their scope: a region's admin manages the accounts of their region; only
 * a national admin creates national accounts. Every change is audited (never the password itself).
 */
@ApplicationScoped
public class StaffUserService {

    private final StaffUserRepository users;
    private final PasswordHasher hasher;
    private final RegionService regions;
    private final ProgramService programs;
    private final AccessScope scope;
    private final AuditLog audit;
    private final StaffSessions sessions;

    StaffUserService(
            StaffUserRepository users,
            PasswordHasher hasher,
            RegionService regions,
            ProgramService programs,
            AccessScope scope,
            AuditLog audit,
            StaffSessions sessions) {
        this.users = users;
        this.hasher = hasher;
        this.regions = regions;
        this.programs = programs;
        this.scope = scope;
        this.audit = audit;
        this.sessions = sessions;
    }

    @Transactional
    public PageView<StaffUserView> list(PageRequest page) {
        var query = scope.national()
                ? users.findAll(Sort.by("username"))
                : users.find(
                        "region.code in :regions",
                        Sort.by("username"),
                        Parameters.with("regions", scope.regionCodes()));
        List<StaffUser> items = query.page(page.toPanache()).list();
        return PageView.of(items, page, query.count(), u -> StaffUserView.of(u, null));
    }

    @Transactional
    public StaffUserView get(long id) {
        return StaffUserView.of(require(id), null);
    }

    @Transactional
    public StaffUserView create(StaffUserRequest request) {
        String regionCode = request.regionCode();
        if (regionCode == null && !scope.national()) {
            throw ProblemException.forbidden("Only a national admin creates national accounts; give a regionCode");
        }
        if (regionCode != null && !scope.canSeeRegion(regionCode)) {
            throw ProblemException.notFound("Region", regionCode);
        }
        if (request.role().programScoped() && regionCode == null) {
            throw ProblemException.invalid("/regionCode", "a program owner or field officer belongs to a region");
        }
        String username = SignInService.normalise(request.username());
        if (users.count("username", username) > 0) {
            throw ProblemException.alreadyExists("The user name '" + username + "' is taken");
        }
        String generated = request.password() == null ? PasswordHasher.randomPassword() : null;
        StaffUser user = newAccount(
                username,
                request.displayName().strip(),
                request.role(),
                regionCode,
                generated != null ? generated : request.password());
        user.programIds = ownedPrograms(user, request.programIds());
        users.persistAndRefresh(user);
        audit.record(
                AuditAction.STAFF_USER_CREATED,
                regionCode,
                "staff-user:" + username,
                AuditChanges.created(fields(user)));
        return StaffUserView.of(user, generated);
    }

    @Transactional
    public StaffUserView update(long id, StaffUserUpdateRequest request) {
        StaffUser user = require(id);
        Map<String, Object> before = fields(user);
        if (request.displayName() != null && !request.displayName().strip().equals(user.displayName)) {
            user.displayName = request.displayName().strip();
        }
        if (Boolean.FALSE.equals(request.active())
                && scope.staffUserId().orElse(-1L).equals(user.id)) {
            throw ProblemException.invalid("/active", "you cannot deactivate your own account; ask another admin");
        }
        if (request.active() != null && request.active() != user.active) {
            user.active = request.active();
        }
        if (request.programIds() != null) {
            Set<Long> owned = ownedPrograms(user, request.programIds());
            if (!owned.equals(user.programIds)) {
                user.programIds.clear();
                user.programIds.addAll(owned);
            }
        }
        Map<String, Object> changed = AuditChanges.detail(before, fields(user));
        if (request.password() != null) {
            user.passwordHash = hasher.hash(request.password());
            user.failedSignIns = 0;
            user.lockedUntil = null;
            user.sessionGeneration++; // every session of the old password ends
            changed.put("password", "changed");
        }
        if (!AuditChanges.unchanged(changed) || changed.containsKey("password")) {
            user.updatedAt = Instant.now();
            audit.record(
                    AuditAction.STAFF_USER_CHANGED,
                    user.region == null ? null : user.region.code,
                    "staff-user:" + user.username,
                    changed);
        }
        return StaffUserView.of(user, null);
    }

    /**
     * A national admin registers a region together with its first admin, in one transaction: both exist, or neither
     * (a taken user name leaves no region behind). The admin's password is generated and shown once.
     */
    @Transactional
    public StaffUserView createRegionWithAdmin(RegionRequest region, String username, String displayName) {
        scope.requireNational("Only a national admin adds regions");
        regions.create(region);
        return create(new StaffUserRequest(username, displayName, StaffRole.ADMIN, region.code(), List.of(), null));
    }

    /**
     * Gives the account a new random password, shown once in the answer ({@code generatedPassword}) and never stored;
     * also unlocks it. For a person who forgot theirs: the admin hands it over, the person changes it after signing in.
     */
    @Transactional
    public StaffUserView resetPassword(long id) {
        StaffUser user = require(id);
        String generated = PasswordHasher.randomPassword();
        user.passwordHash = hasher.hash(generated);
        user.failedSignIns = 0;
        user.lockedUntil = null;
        user.sessionGeneration++; // whoever holds a session of the old password loses it (issue #21)
        user.updatedAt = Instant.now();
        audit.record(
                AuditAction.STAFF_USER_CHANGED,
                user.region == null ? null : user.region.code,
                "staff-user:" + user.username,
                Map.of("password", "reset"));
        return StaffUserView.of(user, generated);
    }

    /**
     * The signed-in person changes their own password: the current one must match, the new one have at least
     * {@value PasswordHasher#MIN_LENGTH} characters and differ from the user name and the current one.
     */
    @Transactional
    public void changeOwnPassword(PasswordChangeRequest request) {
        StaffUser user = scope.staffUserId()
                .flatMap(users::findByIdOptional)
                .orElseThrow(() -> ProblemException.forbidden("Only a signed-in staff account has a password"));
        if (!hasher.matches(user.username, request.currentPassword(), user.passwordHash)) {
            throw ProblemException.invalid("/currentPassword", "the current password is wrong");
        }
        String next = request.newPassword();
        if (next.strip().length() < PasswordHasher.MIN_LENGTH) {
            throw ProblemException.invalid("/newPassword", "use at least " + PasswordHasher.MIN_LENGTH + " characters");
        }
        if (next.equalsIgnoreCase(user.username) || next.equals(request.currentPassword())) {
            throw ProblemException.invalid(
                    "/newPassword", "choose a password other than your user name or the current one");
        }
        user.passwordHash = hasher.hash(next);
        user.sessionGeneration++; // every other session ends; this one is carried over (issue #21)
        sessions.carryOver(user.sessionGeneration);
        user.updatedAt = Instant.now();
        audit.record(
                AuditAction.STAFF_USER_CHANGED,
                user.region == null ? null : user.region.code,
                "staff-user:" + user.username,
                Map.of("password", "changed by the user"));
    }

    /**
     * Creates the account when missing (start-up: the first admin, demo users). {@code resetPassword} sets the
     * password of an existing account too (demo users get fresh passwords at every start). Not scoped: no caller.
     */
    @Transactional
    public boolean ensure(
            String username,
            String displayName,
            StaffRole role,
            String regionCode,
            Set<Long> programIds,
            String password,
            boolean resetPassword) {
        Optional<StaffUser> existing = users.findByUsername(username);
        if (existing.isPresent()) {
            if (resetPassword) {
                existing.get().passwordHash = hasher.hash(password);
                existing.get().lockedUntil = null;
                existing.get().failedSignIns = 0;
            }
            return false;
        }
        StaffUser user = newAccount(username, displayName, role, regionCode, password);
        user.programIds = new HashSet<>(programIds);
        users.persist(user);
        audit.record(
                AuditLog.SYSTEM,
                AuditAction.STAFF_USER_CREATED,
                regionCode,
                "staff-user:" + username,
                AuditChanges.created(fields(user)));
        return true;
    }

    private StaffUser newAccount(
            String username, String displayName, StaffRole role, String regionCode, String password) {
        StaffUser user = new StaffUser();
        user.username = username;
        user.displayName = displayName;
        user.role = role;
        user.region = regionCode == null ? null : regions.require(regionCode);
        user.passwordHash = hasher.hash(password);
        return user;
    }

    /** What the audit log records of an account (never its password). */
    private static Map<String, Object> fields(StaffUser user) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("displayName", user.displayName);
        fields.put("role", user.role);
        fields.put("region", user.region == null ? null : user.region.code);
        fields.put("programIds", user.programIds.stream().sorted().toList());
        fields.put("active", user.active);
        return fields;
    }

    private StaffUser require(long id) {
        return users.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Staff user", id));
    }

    /** Program owners and field officers are assigned programs of their own region; other roles none. */
    private Set<Long> ownedPrograms(StaffUser user, List<Long> requested) {
        if (requested == null || requested.isEmpty()) {
            return new HashSet<>();
        }
        if (!user.role.programScoped()) {
            throw ProblemException.invalid("/programIds", "only a PROGRAM_OWNER or an ENUMERATOR is assigned programs");
        }
        Set<Long> owned = new HashSet<>();
        for (int i = 0; i < requested.size(); i++) {
            ProgramView program = programs.get(requested.get(i));
            if (!program.regionCode().equals(user.region.code)) {
                throw ProblemException.invalid(
                        "/programIds/" + i, "program " + program.id() + " belongs to another region");
            }
            owned.add(program.id());
        }
        return owned;
    }
}
