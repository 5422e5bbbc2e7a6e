package id.suarawarga.score;

/**
 * How a batch of new responses and an aggregate rebuild of the same questionnaire keep out of each other's way:
 * transaction-level PostgreSQL advisory locks per questionnaire, shared for batches (they never wait for each other)
 * and exclusive for a rebuild (it waits until every batch under way has committed, and later batches of that
 * questionnaire wait for it). Advisory locks live in the lock manager's memory only: unlike a row lock on the
 * questionnaire they write nothing to the table or the WAL, and two batches at once do not create a MultiXact.
 * Transaction-level, so they work behind PgBouncer in transaction mode and are released however the transaction ends.
 */
public final class AggregateLocks {

    /**
     * First key of the two-key form ("SW" and 3); the second is the questionnaire id folded into 31 bits (two ids
     * sharing a key only make a rebuild wait a little longer). Retention uses the one-key form, a separate key space.
     */
    private static final int CLASS_KEY = 0x5357_0003;

    /**
     * A query of one row that takes shared locks on the questionnaires in column {@code q} of the relation named
     * {@code ids} (a CTE of the caller's statement), in ascending order. A batch runs it as an uncorrelated scalar
     * subquery in the {@code where} of the CTE its rows come from, so PostgreSQL evaluates it once (an InitPlan)
     * before it produces the first row, so before any row or aggregate is written.
     */
    public static String sharedForBatch(String ids) {
        return "select count(pg_advisory_xact_lock_shared(" + CLASS_KEY
                + ", (q % 2147483648)::int)) from (select distinct q from " + ids + " order by q) locked";
    }

    /** The exclusive lock on the questionnaire in the {@code bigint} parameter. */
    public static final String EXCLUSIVE_FOR_REBUILD =
            "select pg_advisory_xact_lock(" + CLASS_KEY + ", (?::bigint % 2147483648)::int)";

    private AggregateLocks() {}
}
