/**
 * Coupon use cases: the staff and API door ({@code CouponService}, permission through
 * {@code ShopAccess}) and {@code IssueCoupon}, which other capabilities call inside their own
 * transaction for a shop already entered.
 */
package com.kaeru.backend.coupons.application;
