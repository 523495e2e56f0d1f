package com.kaeru.backend.catalog.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Products and variants of one shop; every method takes the shop id. */
public interface CatalogRepository {
    Optional<Product> findProduct(long shopId, String externalId);

    Map<String, Variant> findVariantsBySku(long shopId, Collection<String> skus);

    Optional<Variant> findVariant(long shopId, long variantId);

    /** Variants by id, in one query. */
    Map<Long, Variant> findVariants(long shopId, Collection<Long> variantIds);

    /** Other variants of the same product (exchange candidates), sorted by SKU. */
    List<Variant> findSiblings(long shopId, long productId);

    /** Every variant of each product, sorted by SKU, in one query (an order's exchange candidates at once). */
    Map<Long, List<Variant>> findSiblingsOfProducts(long shopId, Collection<Long> productIds);

    void save(Product product);

    void save(Variant variant);
}
