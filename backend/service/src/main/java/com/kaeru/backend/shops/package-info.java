/**
 * Shops: what staff and the portal do with a shop once {@code tenancy} knows it. The shop view and
 * branding, the managers' settings (languages, return and refund methods, refund deadline, the
 * return address, the logo, the refund approval limit that changes only with a second manager),
 * the portal's public view of a shop with its return options, and opening an agency's client shop.
 * <p>
 * It sits above the capabilities whose settings it shows: the settings API also carries the
 * reasons ({@code reasons}) and the e-mail templates ({@code notifications}), and the portal's shop
 * view lists the pickup slots and drop-off points of {@code returns}. Nothing below depends on it.
 */
package com.kaeru.backend.shops;
