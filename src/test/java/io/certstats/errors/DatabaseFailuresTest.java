package io.certstats.errors;

import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatabaseFailuresTest {

    @Test
    void connectionFailuresAreUnreachable() {
        assertTrue(DatabaseFailures.isUnreachable(new SQLException("The connection attempt failed.", "08001")));
        assertTrue(DatabaseFailures.isUnreachable(new SQLException("terminating connection", "57P01")));
        assertTrue(DatabaseFailures.isUnreachable(new SQLException(DatabaseFailures.POOL_ACQUISITION_TIMEOUT)));
        assertTrue(DatabaseFailures.isUnreachable(new JDBCConnectionException("closed", new SQLException())));
    }

    @Test
    void wrappedDeepInsideStillCounts() {
        Throwable wrapped = new IllegalStateException("tx", new RuntimeException(new SQLException("I/O error", "08006")));
        assertTrue(DatabaseFailures.isUnreachable(wrapped));
    }

    @Test
    void otherFailuresAreNot() {
        assertFalse(DatabaseFailures.isUnreachable(new SQLException("syntax error", "42601")));
        assertFalse(DatabaseFailures.isUnreachable(new SQLException("invalid byte sequence", "22021")));
        assertFalse(DatabaseFailures.isUnreachable(new NullPointerException()));
    }
}
