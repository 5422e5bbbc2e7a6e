package id.suarawarga.common.persistence;

import java.sql.SQLException;
import java.util.Set;

/**
 * Tells a failure because PostgreSQL cannot be reached (down, restarting, failing over, out of connections) from any
 * other error: the first is worth a 503 and a retry, the second is a bug.
 */
public final class DatabaseUnavailable {

    /**
     * SQLSTATEs of an unreachable or refusing server: class 08 (connection exception) and admin shutdown, crash
     * shutdown, cannot connect now (a starting or stopping server), too many connections.
     */
    private static final Set<String> STATES = Set.of("57P01", "57P02", "57P03", "53300");

    private DatabaseUnavailable() {}

    /** Whether {@code e} or one of its causes says the database cannot be reached just now. */
    public static boolean causedBy(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                String state = sql.getSQLState();
                if (state != null && (state.startsWith("08") || STATES.contains(state))) {
                    return true;
                }
                // Agroal, when no connection could be had within quarkus.datasource.jdbc.acquisition-timeout
                if (sql.getMessage() != null && sql.getMessage().contains("acquisition timeout")) {
                    return true;
                }
            }
            if (cause instanceof org.hibernate.exception.JDBCConnectionException) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
