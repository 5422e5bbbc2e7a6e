package id.suarawarga.access;

/** The roles of the service, as declared with {@code @RolesAllowed} on resources. */
public final class Roles {

    /** A region's Diskominfo/Bappeda: everything in their region (every region when national). */
    public static final String ADMIN = "ADMIN";
    /** An agency's program owner: only the programs assigned to them. */
    public static final String PROGRAM_OWNER = "PROGRAM_OWNER";
    /** A person who reads scores (read-only); national when not tied to a region. */
    public static final String EVALUATOR = "EVALUATOR";
    /** A machine client of the evaluation API, authenticated by an API key. */
    public static final String API_CLIENT = "API_CLIENT";

    private Roles() {}
}
