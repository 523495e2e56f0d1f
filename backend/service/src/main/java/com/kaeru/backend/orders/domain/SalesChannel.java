package com.kaeru.backend.orders.domain;

/** Where an order was placed. */
public enum SalesChannel {
    OWN_SITE, RAKUTEN, AMAZON, SHOPIFY, OTHER
}
