/** The coupon repository on JPA, with a row lock for redemption and an insert that survives code collisions. */
package com.kaeru.backend.coupons.infrastructure;
