/**
 * Integration: idempotent bulk upserts from shop systems (products, stock, orders), keyed by
 * the systems' own ids. Each record is validated on its own; good records are saved and bad ones
 * reported, so one typo never loses a whole batch.
 */
package com.kaeru.backend.integration;
