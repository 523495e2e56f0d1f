package com.kaeru.backend.platform.persistence;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

import jakarta.transaction.TransactionSynchronizationRegistry;
import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.DatasourceLogin;
import org.eclipse.persistence.sessions.JNDIConnector;
import org.eclipse.persistence.sessions.Login;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.server.ConnectionPool;
import org.eclipse.persistence.sessions.server.ServerSession;

/**
 * Routes each JTA transaction of the persistence unit, as a whole, to one of the two pools: the
 * primary ({@link KaeruDataSource}) or the read-only one ({@link KaeruReadDataSource}). One
 * persistence unit keeps every repository, {@link TenantSession} and {@link
 * com.kaeru.backend.access.application.ShopAccess} unchanged on both: the tenant binding and
 * row-level security are the same statements on either connection.
 * <p>
 * The choice is made at the transaction's first connection and then kept (a transaction resource):
 * {@link ReadReplica} asks for the read pool before anything ran; any other transaction, or one that
 * already took a primary connection, gets the primary. So a transaction never holds connections of
 * both pools, which JTA could not commit together without XA. Registered as the unit's session
 * customizer ({@code persistence.xml}): the container's data source becomes the primary behind it.
 * <p>
 * When the read pool cannot connect, reads fall back to the primary until {@link
 * ReadDatabaseReadinessCheck} reaches it again: a lost replica slows the heavy reads down, it does
 * not stop them.
 */
public class ReadReplicaRouting implements SessionCustomizer {
    private static final Logger LOG = Logger.getLogger(ReadReplicaRouting.class.getName());
    static final String ROUTE = ReadReplicaRouting.class.getName() + ".route";
    private static final String PRIMARY = "primary";
    private static final String REPLICA = "replica";
    private static volatile boolean replicaAvailable = true;

    @Override
    public void customize(Session session) {
        if (!(session.getDatasourceLogin() instanceof DatasourceLogin login)
                || !(login.getConnector() instanceof JNDIConnector connector) || connector.getDataSource() instanceof Routing) {
            return;
        }
        DataSource primary = connector.getDataSource() != null ? connector.getDataSource() : lookup(connector.getName());
        JNDIConnector routed = new JNDIConnector(new Routing(primary));
        if (session instanceof ServerSession server) {
            for (ConnectionPool pool : server.getConnectionPools().values()) {
                reroute(pool.getLogin(), connector, routed);
            }
        }
        login.setConnector(routed);
    }

    private static void reroute(Login login, JNDIConnector original, JNDIConnector routed) {
        if (login instanceof DatasourceLogin datasourceLogin && datasourceLogin.getConnector() == original) {
            datasourceLogin.setConnector(routed);
        }
    }

    /** Asks for the read pool, unless the transaction has already taken a connection. */
    static void preferReplica(TransactionSynchronizationRegistry transactions) {
        if (transactions.getTransactionKey() != null && transactions.getResource(ROUTE) == null) {
            transactions.putResource(ROUTE, REPLICA);
        }
    }

    /** Whether the current transaction reads from the read pool (then nothing it reads is filed in caches). */
    public static boolean onReplica(TransactionSynchronizationRegistry transactions) {
        try {
            return transactions != null && transactions.getTransactionKey() != null
                    && REPLICA.equals(transactions.getResource(ROUTE));
        } catch (IllegalStateException noTransaction) {
            return false;
        }
    }

    /** Reported by {@link ReadDatabaseReadinessCheck}: while unavailable, reads go to the primary. */
    static void replicaAvailable(boolean available) {
        if (replicaAvailable != available) {
            LOG.warning(available ? "Read data source reachable again: heavy reads go back to it"
                    : "Read data source unreachable: heavy reads fall back to the primary");
        }
        replicaAvailable = available;
    }

    static boolean replicaAvailable() {
        return replicaAvailable;
    }

    private static Object lookupObject(String name) {
        try {
            return new InitialContext().lookup(name);
        } catch (NamingException e) {
            throw new IllegalStateException("Cannot look up " + name, e);
        }
    }

    private static DataSource lookup(String name) {
        return (DataSource) lookupObject(name);
    }

    /** The persistence unit's data source: the primary's, or the read pool's for a transaction marked for it. */
    static final class Routing implements DataSource {
        private final DataSource primary;
        private volatile DataSource replica;
        private volatile TransactionSynchronizationRegistry transactions;

        Routing(DataSource primary) {
            this.primary = primary;
        }

        @FunctionalInterface
        private interface Opening {
            Connection open(DataSource source) throws SQLException;
        }

        @Override
        public Connection getConnection() throws SQLException {
            return route(DataSource::getConnection);
        }

        @Override
        public Connection getConnection(String user, String password) throws SQLException {
            return route(source -> source == primary ? source.getConnection(user, password) : source.getConnection());
        }

        private Connection route(Opening opening) throws SQLException {
            TransactionSynchronizationRegistry registry = registry();
            if (registry.getTransactionKey() == null) {
                return opening.open(primary);
            }
            if (REPLICA.equals(registry.getResource(ROUTE)) && replicaAvailable) {
                try {
                    return opening.open(replica());
                } catch (SQLException e) {
                    replicaAvailable(false);
                }
            }
            registry.putResource(ROUTE, PRIMARY);
            return opening.open(primary);
        }

        private DataSource replica() {
            if (replica == null) {
                replica = lookup(KaeruReadDataSource.JNDI_NAME);
            }
            return replica;
        }

        private TransactionSynchronizationRegistry registry() {
            if (transactions == null) {
                transactions = (TransactionSynchronizationRegistry) lookupObject("java:comp/TransactionSynchronizationRegistry");
            }
            return transactions;
        }

        @Override
        public PrintWriter getLogWriter() throws SQLException {
            return primary.getLogWriter();
        }

        @Override
        public void setLogWriter(PrintWriter out) throws SQLException {
            primary.setLogWriter(out);
        }

        @Override
        public void setLoginTimeout(int seconds) throws SQLException {
            primary.setLoginTimeout(seconds);
        }

        @Override
        public int getLoginTimeout() throws SQLException {
            return primary.getLoginTimeout();
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            return primary.getParentLogger();
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            return type.isInstance(this) ? type.cast(this) : primary.unwrap(type);
        }

        @Override
        public boolean isWrapperFor(Class<?> type) throws SQLException {
            return type.isInstance(this) || primary.isWrapperFor(type);
        }
    }
}
