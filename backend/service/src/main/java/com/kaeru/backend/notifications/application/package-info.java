/** Raising events into the outbox, and the e-mail consumer with its templates. */
package com.kaeru.backend.notifications.application;
