package com.kaeru.backend.events.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Every second, sends every consumer through the shops with deliveries due to it ({@link EventPump}): the safety
 * net behind the wake-up on commit, for retries that came due and events another instance wrote.
 * Other instances deliver at the same time; the row claims ({@code SKIP LOCKED}) keep them apart.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class EventDispatcher {
    @Inject
    EventPump pump;

    @PostConstruct
    void start() {
        pump.start();
    }

    @Schedule(second = "*", minute = "*", hour = "*", persistent = false)
    // A backlog of 80,000 events was once delivered in one transaction spanning every batch, and the
    // tick's own query kept a connection idle in transaction. Now the tick reads nothing itself and
    // the worker starts a transaction per call (REQUIRES_NEW), whatever the timer's attribute does.
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void tick() {
        pump.wakeAll();
    }
}
