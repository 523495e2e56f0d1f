/**
 * Audit trail: who did what, when, from which state to which, and why — for every transition of
 * every return, refund approval and setting change. Append-only (the application role may not
 * update it), so work never depends on one person's memory (属人化).
 * <p>
 * Every capability above records into it ({@code AuditTrail.record}); managers search it through
 * {@code ShopAccess}, so audit depends on {@code access} and {@code tenancy} and on nothing else.
 * Reports and integrations read typed events ({@code events}), never audit strings.
 */
package com.kaeru.backend.audit;
