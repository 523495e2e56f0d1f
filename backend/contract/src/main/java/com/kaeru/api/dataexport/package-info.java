/**
 * Data ownership: a shop's complete export (a ZIP of CSV + JSON with a manifest) made in the background, its
 * expiring download, and the import of such a ZIP into an empty shop (docs/data-export.md).
 */
package com.kaeru.api.dataexport;
