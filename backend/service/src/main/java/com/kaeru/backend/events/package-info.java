/**
 * Domain events and their delivery: the outbox stores each typed event once (in the transaction
 * that caused it), and every registered {@link com.kaeru.backend.events.application.EventConsumer}
 * (e-mail today; webhooks, reporting and stock next) gets its own delivery state, retried with
 * backoff independently of the others. The payload records are part of the contract
 * ({@code com.kaeru.api.events}); docs/events.md lists them.
 */
package com.kaeru.backend.events;
