/** REST resource listing a shop's reasons for staff ({@code /shops/{shop}/reasons}); the settings screen edits them through {@code shops.api}. */
package com.kaeru.backend.reasons.api;
