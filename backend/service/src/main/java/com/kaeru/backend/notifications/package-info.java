/**
 * Notifications: the transactional outbox that use cases raise typed events into (in the same
 * transaction as the change), and customer e-mail as one consumer of those events (see
 * {@code com.kaeru.backend.events}), delivered at least once with the dedupe key as Message-ID,
 * through {@link com.kaeru.backend.notifications.domain.Mailer} (SMTP in infrastructure). Also the
 * per-shop e-mail templates and staff notices. Knows no business capability: use cases above raise
 * into it.
 */
package com.kaeru.backend.notifications;
