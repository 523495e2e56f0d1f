/** SQL for endpoints, deliveries and attempts; the JDK HTTP client and DNS behind the domain's ports. */
package com.kaeru.backend.webhooks.infrastructure;
