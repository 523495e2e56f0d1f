/** SMTP delivery with Jakarta Mail. */
package com.kaeru.backend.notifications.infrastructure;
