/**
 * Data ownership (docs/data-export.md): everything of one shop as a ZIP of CSV + JSON with a manifest, made by a
 * background worker (claims with SKIP LOCKED and a lease, like the refund worker), stored in parts, e-mailed as an
 * expiring link; and the import of such a ZIP into an empty shop. The archive is generic over the schema: every
 * table with a {@code shop_id} is written, read under the shop's row-level security, so a table added later is
 * exported without touching this package, and no query can reach another shop's rows.
 */
package com.kaeru.backend.dataexport;
