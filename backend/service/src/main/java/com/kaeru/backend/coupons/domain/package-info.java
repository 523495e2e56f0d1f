/**
 * The coupon (born by {@code Coupon.issue}; moves {@code redeem} and {@code voidIt}), its code
 * ({@code CouponCode}) and value ({@code CouponValue}), and the repository port.
 */
package com.kaeru.backend.coupons.domain;
