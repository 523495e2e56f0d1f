package com.kaeru.backend.webhooks.application;

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
 * Every second, lets {@link WebhookPump} claim for the shops with deliveries due: the safety net behind
 * the wake-up on commit, for retries that came due, replays, and deliveries another instance queued.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class WebhookScheduler {
    @Inject
    WebhookPump pump;

    @PostConstruct
    void start() {
        pump.start();
    }

    @Schedule(second = "*", minute = "*", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void tick() {
        pump.wakeAll();
    }
}
