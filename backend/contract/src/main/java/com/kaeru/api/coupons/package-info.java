/**
 * Coupons: single-use codes worth an amount (minor units) or a percentage, with an expiry. Staff
 * list them, managers issue and void them, and the shop's systems redeem them with an API key;
 * see docs/coupons.md.
 */
package com.kaeru.api.coupons;
