package com.kaeru.backend.it;

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
}
