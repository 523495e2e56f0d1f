/**
 * Japanese addresses: what a postal code stands for, and the check of a typed address against it.
 * <p>
 * Public, without a token: Japan Post's postal data is public, and the customer portal checks an
 * address before the customer has identified anything. The same endpoints serve the staff console
 * and integrators (checking addresses they import). Nothing here reads or stores shop data.
 */
package com.kaeru.api.address;
