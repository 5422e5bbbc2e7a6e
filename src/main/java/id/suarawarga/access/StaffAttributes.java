package id.suarawarga.access;

/** Names of the {@code SecurityIdentity} attributes our identity providers set, read by {@link AccessScope}. */
public final class StaffAttributes {

    /** The staff user's id (absent for API clients). */
    public static final String USER_ID = "suara.staff-user-id";
    /** {@code Set<String>} of region codes the caller may see; empty means every region (national). */
    public static final String REGION_CODES = "suara.region-codes";
    /** {@code Set<Long>} of program ids a program owner may see; absent for everyone else. */
    public static final String PROGRAM_IDS = "suara.program-ids";
    /** The display name shown in the staff pages. */
    public static final String DISPLAY_NAME = "suara.display-name";

    private StaffAttributes() {}
}
