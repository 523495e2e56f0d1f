/**
 * Carriers (Japanese conventions): the carriers Kaeru knows with their public tracking pages, the
 * shop's carrier settings, shipping-instruction exports (Yamato B2クラウド, Sagawa e飛伝) and the
 * tracking-number import.
 */
package com.kaeru.api.carriers;
