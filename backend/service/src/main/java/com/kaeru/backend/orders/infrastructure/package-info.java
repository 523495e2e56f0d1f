/** JPA implementation of the order repository. */
package com.kaeru.backend.orders.infrastructure;
