/** JPA implementation of the catalog repository. */
package com.kaeru.backend.catalog.infrastructure;
