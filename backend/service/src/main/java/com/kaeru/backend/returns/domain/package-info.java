/** Return aggregates and reason codes; each entity refuses illegal states itself. */
package com.kaeru.backend.returns.domain;
