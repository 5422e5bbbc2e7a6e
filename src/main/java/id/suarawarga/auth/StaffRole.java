package id.suarawarga.auth;

/** The role a staff account holds (one per account); the names equal the {@link Roles} constants. */
public enum StaffRole {
    ADMIN,
    PROGRAM_OWNER,
    EVALUATOR
}
