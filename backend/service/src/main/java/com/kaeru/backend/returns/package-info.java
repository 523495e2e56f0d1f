/**
 * Returns: return requests, their lines and their structured reasons. Reasons are product data
 * ("size › too small" on one variant is a sizing defect), so they are codes per shop with
 * Japanese and English labels, organised as a tree.
 */
package com.kaeru.backend.returns;
