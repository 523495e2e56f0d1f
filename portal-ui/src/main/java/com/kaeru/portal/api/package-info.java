/** The portal's client of the backend's public API. */
package com.kaeru.portal.api;
