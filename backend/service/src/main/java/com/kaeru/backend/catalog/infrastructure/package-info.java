/** JPA and SQL implementations of the catalog repositories. */
package com.kaeru.backend.catalog.infrastructure;
