/**
 * Coupons: single-use codes worth an amount (minor units, with the currency) or a percentage,
 * valid until an expiry, issued per shop by managers or by other capabilities in their own
 * transaction ({@code application.IssueCoupon}, e.g. for a cancelled backordered exchange), and
 * redeemed once through the API by the shop's systems. Codes are unguessable (60 random bits) and
 * typable (no 0/O, 1/I; hyphens, spaces, case and full-width letters are ignored).
 */
package com.kaeru.backend.coupons;
