/**
 * Outbound webhooks (Standard Webhooks): a shop's endpoints with their event filters and rotating
 * {@code whsec_} secrets, the {@code webhooks} event consumer that fans typed events out to one
 * delivery per endpoint, and the sender that signs and posts them outside any database transaction,
 * retries with backoff, disables endpoints that are gone or keep failing and logs every attempt.
 * docs/webhooks.md is the integrator's side.
 */
package com.kaeru.backend.webhooks;
