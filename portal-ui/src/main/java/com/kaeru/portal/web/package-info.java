/** HTTP concerns of the portal's responses that no view owns: caching of the static bundle. */
package com.kaeru.portal.web;
