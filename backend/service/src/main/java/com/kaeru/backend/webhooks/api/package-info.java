/** The webhook endpoints resource (the contract's {@code WebhooksApi}). */
package com.kaeru.backend.webhooks.api;
