/** Reading the reasons, managers' edits (audited), and seeding a new shop with the default tree. */
package com.kaeru.backend.reasons.application;
