package com.kaeru.api.coupons;

import java.util.List;

/** A page of coupons, newest first. */
public record CouponPageDto(List<CouponDto> items, long total, int page, int size) {
}
