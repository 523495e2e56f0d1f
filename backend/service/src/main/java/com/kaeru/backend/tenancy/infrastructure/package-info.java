/** JPA implementations of the agency and shop repositories. */
package com.kaeru.backend.tenancy.infrastructure;
