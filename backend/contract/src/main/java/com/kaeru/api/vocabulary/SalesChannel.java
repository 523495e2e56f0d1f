package com.kaeru.api.vocabulary;

/** Where an order was placed. */
public enum SalesChannel {
    OWN_SITE, RAKUTEN, AMAZON, SHOPIFY, OTHER
}
