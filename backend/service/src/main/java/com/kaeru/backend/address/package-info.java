/**
 * Addresses: Japan Post's postal directory and the address check, served publicly at
 * {@code /addresses}. The rules live in the plain-Java {@code kaeru-address} jar
 * ({@code com.kaeru.address}), which is this capability's domain; here are only the loading of the
 * directory at start-up, the translation of findings into the caller's language, and the resource.
 * No database, no tenant: postal data is the same for every shop.
 */
package com.kaeru.backend.address;
