package id.suarawarga.auth;

import id.suarawarga.access.AccessScope;
import id.suarawarga.audit.AuditAction;
import id.suarawarga.audit.AuditLog;
import id.suarawarga.common.paging.PageRequest;
import id.suarawarga.common.paging.PageView;
import id.suarawarga.common.problem.ProblemException;
import id.suarawarga.program.ProgramService;
import id.suarawarga.program.ProgramView;
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

    StaffUserService(
            StaffUserRepository users,
            PasswordHasher hasher,
            RegionService regions,
            ProgramService programs,
            AccessScope scope,
            AuditLog audit) {
        this.users = users;
        this.hasher = hasher;
        this.regions = regions;
        this.programs = programs;
        this.scope = scope;
        this.audit = audit;
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
                Map.of(
                        "role",
                        user.role.name(),
                        "programIds",
                        user.programIds.stream().sorted().toList()));
        return StaffUserView.of(user, generated);
    }

    @Transactional
    public StaffUserView update(long id, StaffUserUpdateRequest request) {
        StaffUser user = require(id);
        Map<String, Object> changed = new LinkedHashMap<>();
        if (request.displayName() != null && !request.displayName().strip().equals(user.displayName)) {
            user.displayName = request.displayName().strip();
            changed.put("displayName", user.displayName);
        }
        if (request.active() != null && request.active() != user.active) {
            user.active = request.active();
            changed.put("active", user.active);
        }
        if (request.programIds() != null) {
            Set<Long> owned = ownedPrograms(user, request.programIds());
            if (!owned.equals(user.programIds)) {
                user.programIds.clear();
                user.programIds.addAll(owned);
                changed.put("programIds", owned.stream().sorted().toList());
            }
        }
        if (request.password() != null) {
            user.passwordHash = hasher.hash(request.password());
            user.failedSignIns = 0;
            user.lockedUntil = null;
            user.sessionGeneration++; // every session of the old password ends
            changed.put("password", "changed");
        }
        if (!changed.isEmpty()) {
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
                Map.of(
                        "role",
                        role.name(),
                        "programIds",
                        programIds.stream().sorted().toList()));
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
