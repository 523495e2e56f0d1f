/**
 * The shop a page works in: {@code ShopContext} (the shop, its formats, what the person may do there),
 * {@code ShopPage} (the base of every {@code shops/:shop/...} page outside settings: resolves the shop
 * from the route or shows the backend's refusal, titles the page "page | shop") and the shop's overview.
 */
package com.kaeru.admin.shops;
