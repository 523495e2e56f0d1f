package com.kaeru.backend.it;

import com.kaeru.backend.platform.persistence.ReadReplica;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Runs in-container test code in a transaction of its own, committed on return and rolled back on
 * a runtime exception. Tests use this instead of an injected {@code UserTransaction}: Weld resolves
 * that through a JNDI lookup on every call, which intermittently failed on the Arquillian request
 * thread (WELD-000044).
 */
@ApplicationScoped
public class InTransaction {

    /** Test code that may throw anything; checked exceptions are rethrown unchecked. */
    @FunctionalInterface
    public interface Work<T> {
        T run() throws Exception;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public <T> T call(Work<T> work) {
        return perform(work);
    }

    private static <T> T perform(Work<T> work) {
        try {
            return work.run();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void run(Runnable work) {
        work.run();
    }

    /** As {@link #call}, on the read-only data source ({@link ReadReplica}). */
    @ReadReplica
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public <T> T callOnReadReplica(Work<T> work) {
        return perform(work);
    }

    /** Work marked for the read-only data source inside the caller's transaction (which stays where it is). */
    @ReadReplica
    @Transactional(Transactional.TxType.MANDATORY)
    public <T> T joinOnReadReplica(Work<T> work) {
        return perform(work);
    }
}
