package com.kaeru.backend.platform.persistence;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Marks the transaction that {@code @Transactional} has just begun for the read data source, before
 * its first statement ({@link ReadReplicaRouting} then hands the persistence unit a connection of
 * that pool). Runs inside the transactional interceptor (priority 200).
 */
@ReadReplica
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 300)
public class ReadReplicaInterceptor {
    @Resource
    TransactionSynchronizationRegistry transactions;

    @AroundInvoke
    public Object route(InvocationContext invocation) throws Exception {
        ReadReplicaRouting.preferReplica(transactions);
        return invocation.proceed();
    }
}
