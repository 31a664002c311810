package io.certstats.database;

import org.hibernate.exception.JDBCConnectionException;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.util.List;

/**
 * Tells a database that cannot be reached apart from every other failure: the first is a 503 the
 * client may retry, the second a bug. Looks through the whole cause chain, since Hibernate, the
 * transaction manager and the pool each wrap the driver's exception in their own.
 */
public final class DatabaseFailures {

    /**
     * What the Agroal pool says when no connection could be had within the acquisition timeout: waiting
     * for one of its connections, or for a new one to open (seen when PostgreSQL is slow to refuse).
     */
    static final List<String> POOL_ACQUISITION_TIMEOUTS = List.of("Sorry, acquisition timeout!",
            "Acquisition timeout while waiting for new connection");

    private DatabaseFailures() {
    }

    public static boolean isUnreachable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof JDBCConnectionException
                    || t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLTimeoutException
                    || t instanceof SQLException sql && (isConnectionState(sql.getSQLState())
                            || POOL_ACQUISITION_TIMEOUTS.contains(sql.getMessage()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * SQLSTATE class 08 is "connection exception"; 57P01–57P03 are PostgreSQL shutting down or
     * not yet accepting connections.
     */
    private static boolean isConnectionState(String state) {
        return state != null && (state.startsWith("08") || state.startsWith("57P0"));
    }
}
