/** JPA and SQL implementations of the shops repositories. */
package com.kaeru.backend.shops.infrastructure;
