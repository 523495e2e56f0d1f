/** Return reasons: structured, per shop, reported as product data. */
package com.kaeru.api.reasons;
