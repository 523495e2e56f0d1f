/** REST resources of store credit and gift codes (contract {@code com.kaeru.api.credit}). */
package com.kaeru.backend.credit.api;
