package id.suarawarga.auth;

/** The role a staff account holds (one per account); the names equal the {@link Roles} constants. */
public enum StaffRole {
    ADMIN,
    PROGRAM_OWNER,
    EVALUATOR,
    /** A field officer (issue 19): collects answers for the programs assigned, sees no scores. */
    ENUMERATOR;

    /** Owners and field officers work only on the programs assigned to them, in their region. */
    public boolean programScoped() {
        return this == PROGRAM_OWNER || this == ENUMERATOR;
    }
}
