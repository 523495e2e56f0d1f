package com.kaeru.backend.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;

import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;
import org.junit.jupiter.api.Test;

class DatabaseOutageTest {
    @Test
    void aRefusedOrDroppedConnectionIsUnreachableThroughEveryWrapper() {
        var refused = new PersistenceException(new RuntimeException(new SQLException("Connection refused", "08001")));
        var terminated = new IllegalStateException(new SQLException("terminating connection due to administrator command",
                "57P01"));
        var socket = new PersistenceException(new ConnectException("Connection refused"));
        var pool = new SQLException("Error in allocating a connection. Cause: Connection could not be allocated");

        assertThat(DatabaseOutage.of(refused)).contains(DatabaseOutage.UNREACHABLE);
        assertThat(DatabaseOutage.of(terminated)).contains(DatabaseOutage.UNREACHABLE);
        assertThat(DatabaseOutage.of(socket)).contains(DatabaseOutage.UNREACHABLE);
        assertThat(DatabaseOutage.of(pool)).contains(DatabaseOutage.UNREACHABLE);
    }

    @Test
    void aReadOnlyOrFullDatabaseIsNamedAsSuch() {
        var readOnly = new RollbackException("commit failed");
        readOnly.initCause(new SQLException("cannot execute INSERT in a read-only transaction", "25006"));

        assertThat(DatabaseOutage.of(readOnly)).contains(DatabaseOutage.READ_ONLY);
        assertThat(DatabaseOutage.of(new SQLException("could not extend file: No space left on device", "53100")))
                .contains(DatabaseOutage.OUT_OF_RESOURCES);
    }

    @Test
    void aBugOrARefusedRowIsNoOutage() {
        assertThat(DatabaseOutage.of(new SQLException("duplicate key value", "23505"))).isEmpty();
        assertThat(DatabaseOutage.of(new SQLException("syntax error", "42601"))).isEmpty();
        assertThat(DatabaseOutage.of(new NullPointerException())).isEmpty();
        assertThat(DatabaseOutage.of(new SQLException("no state"))).isEmpty();
    }
}
