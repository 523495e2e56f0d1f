/**
 * Integration: what shop systems use. Managers issue and revoke their shop's API keys (audited;
 * {@code access} verifies a key on each call), and the systems send idempotent bulk upserts
 * (products, stock, orders), keyed by their own ids. Each record is validated on its own; good records are saved and bad ones
 * reported, so one typo never loses a whole batch.
 */
package com.kaeru.backend.integration;
