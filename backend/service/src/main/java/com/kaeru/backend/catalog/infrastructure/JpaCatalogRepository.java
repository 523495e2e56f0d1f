package com.kaeru.backend.catalog.infrastructure;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.kaeru.backend.catalog.domain.CatalogRepository;
import com.kaeru.backend.catalog.domain.Product;
import com.kaeru.backend.catalog.domain.Variant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

@ApplicationScoped
public class JpaCatalogRepository implements CatalogRepository {
    @PersistenceContext(unitName = "kaeru")
    EntityManager em;

    @Override
    public Optional<Product> findProduct(long shopId, String externalId) {
        return em.createQuery("select p from Product p where p.shopId = :shop and p.externalId = :id", Product.class)
                .setParameter("shop", shopId).setParameter("id", externalId)
                .getResultStream().findFirst();
    }

    @Override
    public Map<String, Variant> findVariantsBySku(long shopId, Collection<String> skus) {
        Map<String, Variant> bySku = new HashMap<>();
        if (skus.isEmpty()) {
            return bySku;
        }
        em.createQuery("select v from Variant v where v.shopId = :shop and v.sku in :skus", Variant.class)
                .setParameter("shop", shopId).setParameter("skus", skus)
                .getResultList().forEach(v -> bySku.put(v.sku(), v));
        return bySku;
    }

    @Override
    public Optional<Variant> findVariant(long shopId, long variantId) {
        return em.createQuery("select v from Variant v where v.shopId = :shop and v.id = :id", Variant.class)
                .setParameter("shop", shopId).setParameter("id", variantId)
                .getResultStream().findFirst();
    }

    @Override
    public Map<Long, Variant> findVariants(long shopId, Collection<Long> variantIds) {
        Map<Long, Variant> byId = new HashMap<>();
        if (!variantIds.isEmpty()) {
            em.createQuery("select v from Variant v where v.shopId = :shop and v.id in :ids", Variant.class)
                    .setParameter("shop", shopId).setParameter("ids", variantIds)
                    .getResultList().forEach(v -> byId.put(v.id(), v));
        }
        return byId;
    }

    @Override
    public List<Variant> findSiblings(long shopId, long productId) {
        return em.createQuery("select v from Variant v where v.shopId = :shop and v.product.id = :product "
                        + "order by v.sku", Variant.class)
                .setParameter("shop", shopId).setParameter("product", productId)
                .getResultList();
    }

    @Override
    public Map<Long, List<Variant>> findSiblingsOfProducts(long shopId, Collection<Long> productIds) {
        Map<Long, List<Variant>> byProduct = new HashMap<>();
        if (!productIds.isEmpty()) {
            em.createQuery("select v from Variant v where v.shopId = :shop and v.product.id in :products "
                            + "order by v.sku", Variant.class)
                    .setParameter("shop", shopId).setParameter("products", productIds)
                    .getResultList().forEach(v -> byProduct.computeIfAbsent(v.product().id(), p -> new ArrayList<>()).add(v));
        }
        return byProduct;
    }

    @Override
    public void save(Product product) {
        if (product.id() == null) {
            em.persist(product);
            em.flush();
        }
    }

    @Override
    public void save(Variant variant) {
        if (variant.id() == null) {
            em.persist(variant);
            em.flush();
        }
    }
}
