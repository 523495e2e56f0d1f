package com.kaeru.backend.platform.persistence;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.postgresql.ds.PGSimpleDataSource;

/**
 * PostgreSQL's data source, able to count the SQL statements each request thread sends (issue 14: the
 * statement count of the hot paths is stated in the README and held by {@code SqlStatementCountIT}).
 *
 * <p>Counting is off unless the server runs with {@code KAERU_DIAGNOSTICS_SQL_COUNT=true} (or the system
 * property {@code kaeru.diagnostics.sql-count=true}); off, connections are the driver's own, untouched.
 * On, each execution ({@code execute*} of a statement, each batch counted once) adds one to the calling
 * thread's counter, which {@link com.kaeru.backend.platform.web.SqlStatementCountFilter} resets per request
 * and reports in the {@code X-Kaeru-Sql-Statements} response header. The pool's own validation statements
 * run outside requests and are not counted against one.
 */
public class StatementCountingDataSource extends PGSimpleDataSource {
    private static final long serialVersionUID = 1L;
    private static final String MODE = System.getProperty("kaeru.diagnostics.sql-count",
            System.getenv().getOrDefault("KAERU_DIAGNOSTICS_SQL_COUNT", "false"));
    static final boolean TRACING = "trace".equals(MODE);
    static final boolean ENABLED = TRACING || Boolean.parseBoolean(MODE);
    private static final ThreadLocal<int[]> STATEMENTS = ThreadLocal.withInitial(() -> new int[1]);
    private static final ThreadLocal<List<String>> TRACE = ThreadLocal.withInitial(ArrayList::new);

    /** Whether this server counts statements at all. */
    public static boolean counting() {
        return ENABLED;
    }

    /** Starts the calling thread's count at zero. */
    public static void resetCount() {
        STATEMENTS.get()[0] = 0;
        TRACE.get().clear();
    }

    /** With {@code KAERU_DIAGNOSTICS_SQL_COUNT=trace}: the statements the calling thread sent, in order. */
    public static List<String> traced() {
        return TRACING ? List.copyOf(TRACE.get()) : List.of();
    }

    /** Statements the calling thread sent since its last reset. */
    public static int count() {
        return STATEMENTS.get()[0];
    }

    /** The no-argument form calls this one, so wrapping here wraps every connection exactly once. */
    @Override
    public Connection getConnection(String user, String password) throws SQLException {
        return counted(super.getConnection(user, password));
    }

    private static Connection counted(Connection connection) {
        if (!ENABLED) {
            return connection;
        }
        return (Connection) Proxy.newProxyInstance(StatementCountingDataSource.class.getClassLoader(),
                new Class<?>[] {Connection.class}, new Forwarding(connection, null));
    }

    /** Forwards every call; wraps the statements a connection creates and counts their executions. */
    private static final class Forwarding implements InvocationHandler {
        private final Object target;
        /** Null for the connection; the prepared SQL (or "" for a plain statement) for a statement. */
        private final String sql;

        Forwarding(Object target, String sql) {
            this.target = target;
            this.sql = sql;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            String name = method.getName();
            boolean connection = sql == null;
            if (!connection && name.startsWith("execute")) {
                STATEMENTS.get()[0]++;
                if (TRACING) {
                    TRACE.get().add(args != null && args.length > 0 && args[0] instanceof String text ? text : sql);
                }
            }
            if ("unwrap".equals(name) && args[0] instanceof Class<?> type && type.isInstance(target)) {
                return target;
            }
            Object result;
            try {
                result = method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            if (connection && result instanceof Statement statement) {
                Class<?> type = method.getReturnType().isInterface() ? method.getReturnType() : Statement.class;
                return Proxy.newProxyInstance(StatementCountingDataSource.class.getClassLoader(),
                        new Class<?>[] {type}, new Forwarding(statement,
                                args != null && args.length > 0 && args[0] instanceof String text ? text : ""));
            }
            return result;
        }
    }
}
