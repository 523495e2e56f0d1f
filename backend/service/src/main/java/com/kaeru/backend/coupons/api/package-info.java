/** The coupons resource: staff list, issue and void; shop systems redeem with an API key. */
package com.kaeru.backend.coupons.api;
