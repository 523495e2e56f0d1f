/**
 * Reasons: each shop's return-reason tree. Reasons are product data ("size › too small" on one
 * variant is a sizing defect), so they are codes per shop with Japanese and English labels,
 * organised as a tree, with the flags the money rules read (the shop's fault, photo required).
 * Returns record them, policy rules match them, a new shop is seeded with the defaults. Depends
 * only on {@code access}, {@code audit}, {@code tenancy} and {@code platform}.
 */
package com.kaeru.backend.reasons;
