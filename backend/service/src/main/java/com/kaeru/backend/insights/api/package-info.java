/** JAX-RS resources of the insights contract. */
package com.kaeru.backend.insights.api;
