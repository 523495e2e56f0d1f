/** Public endpoints used by the customer portal; no authentication, nothing private. */
package com.kaeru.api.portal;
