/** A composed e-mail and the port that sends it. */
package com.kaeru.backend.notifications.domain;
