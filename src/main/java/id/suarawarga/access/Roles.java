package id.suarawarga.access;

/** The roles of the service, as declared with {@code @RolesAllowed} on resources. */
public final class Roles {

    /** A region's Diskominfo/Bappeda: everything in their region (every region when national). */
    public static final String ADMIN = "ADMIN";
    /** An agency's program owner: only the programs assigned to them. */
    public static final String PROGRAM_OWNER = "PROGRAM_OWNER";
    /** A person who reads scores (read-only); national when not tied to a region. */
    public static final String EVALUATOR = "EVALUATOR";
    /**
     * A field officer (enumerator): interviews residents and types in paper forms for the programs assigned to them,
     * like a program owner's scope, but collects only (no scores, comments or exports).
     */
    public static final String ENUMERATOR = "ENUMERATOR";
    /** A machine client of the evaluation API, authenticated by an API key. */
    public static final String API_CLIENT = "API_CLIENT";

    private Roles() {}
}
