/** REST resource of the integrator API. */
package com.kaeru.backend.integration.api;
