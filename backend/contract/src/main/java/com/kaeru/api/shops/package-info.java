/** Shops (tenants) and their settings, for staff. */
package com.kaeru.api.shops;
