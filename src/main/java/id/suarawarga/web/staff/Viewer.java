package id.suarawarga.web.staff;

import id.suarawarga.access.AccessScope;
import id.suarawarga.access.Roles;

/** Who is looking at a staff page: the name shown in the header and what the page may offer them. */
public record Viewer(String name, String role, boolean canReadComments, boolean canReadAudit) {

    /** Admins set up the year's programs (#17a). */
    public boolean canManagePrograms() {
        return role.startsWith("Admin");
    }

    /** Admins and program owners build and publish questionnaires, as the API lets them (#17a). */
    public boolean canBuildQuestionnaires() {
        return canReadComments;
    }

    /** Admins and program owners hand out the survey (link, QR code, posters); evaluators only read. */
    public boolean canDistribute() {
        return canReadComments;
    }

    public static Viewer of(AccessScope scope) {
        String role = scope.hasRole(Roles.ADMIN)
                ? "Admin" + (scope.national() ? " nasional" : " daerah")
                : scope.hasRole(Roles.PROGRAM_OWNER)
                        ? "Pemilik program"
                        : scope.hasRole(Roles.EVALUATOR)
                                ? "Evaluator"
                                : scope.hasRole(Roles.ENUMERATOR) ? "Petugas lapangan" : "";
        return new Viewer(
                scope.displayName(),
                role,
                scope.hasRole(Roles.ADMIN) || scope.hasRole(Roles.PROGRAM_OWNER),
                scope.hasRole(Roles.ADMIN));
    }
}
