/** Writing to the outbox and dispatching from it. */
package com.kaeru.backend.notifications.application;
