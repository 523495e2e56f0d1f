/** The outbox event entity. */
package com.kaeru.backend.notifications.domain;
