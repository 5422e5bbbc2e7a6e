package id.suarawarga.support;

/**
 * How long and how hard the fault tests push: short in the test suite, longer from bench/faults.sh, which sets
 * {@code -Dfault-run.seconds}, {@code -Dfault-run.clients} and {@code -Dfault-run.requests}.
 */
public final class FaultRun {

    private FaultRun() {}

    /** Seconds of load before and after each fault (suite: 3). */
    public static long millis() {
        return 1000L * Long.getLong("fault-run.seconds", 3);
    }

    /** Concurrent clients per app (suite: 8). */
    public static int clients() {
        return Integer.getInteger("fault-run.clients", 8);
    }

    /** Requests of the bad input barrage (suite: 5,000; bench/barrage.sh: 50,000). */
    public static int requests() {
        return Integer.getInteger("fault-run.requests", 5000);
    }
}
