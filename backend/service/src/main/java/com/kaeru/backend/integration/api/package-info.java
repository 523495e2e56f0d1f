/** REST resources of the integrator API and of the managers' API key screen. */
package com.kaeru.backend.integration.api;
