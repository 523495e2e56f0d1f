/**
 * Notifications: every customer-facing transition is written to a transactional outbox in the
 * same transaction as the change, and delivered from there at least once (dedupe key per event).
 */
package com.kaeru.backend.notifications;
