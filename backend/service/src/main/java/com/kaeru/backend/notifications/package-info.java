/**
 * Notifications: the transactional outbox that use cases raise typed events into (in the same
 * transaction as the change), and customer e-mail as one consumer of those events (see
 * {@code com.kaeru.backend.events}), delivered at least once with the dedupe key as Message-ID.
 */
package com.kaeru.backend.notifications;
