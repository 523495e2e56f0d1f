/**
 * The console frame: shop selector, navigation, language and the user menu; {@code ConsolePage}, the
 * base of pages scoped by their route (a shop, an agency) that turns the API's 403/404 into a polite
 * refusal page ({@code AccessRefused}).
 */
package com.kaeru.admin.layout;
