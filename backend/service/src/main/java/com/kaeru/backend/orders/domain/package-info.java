/** The order aggregate (order with its lines) and its repository. */
package com.kaeru.backend.orders.domain;
