/**
 * Integrator API: bulk, idempotent upserts of products, stock and orders from shop systems,
 * keyed by the shop system's own ids. Good records are saved, bad ones come back with errors.
 */
package com.kaeru.api.integration;
