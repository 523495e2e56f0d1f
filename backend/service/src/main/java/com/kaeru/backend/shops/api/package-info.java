/**
 * REST resources for shops: staff ({@code /shops/{shop}}, its settings and logo) and the public
 * portal ({@code /portal/shops/{shop}} and its logo).
 */
package com.kaeru.backend.shops.api;
