/** REST resources of the access capability. */
package com.kaeru.backend.access.api;
