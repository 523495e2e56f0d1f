/** JPA implementations of the tenancy repositories. */
package com.kaeru.backend.tenancy.infrastructure;
