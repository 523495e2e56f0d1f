package com.kaeru.backend.tenancy.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Finds and stores shops (the tenant registry). */
public interface ShopRepository {
    Optional<Shop> findBySlug(String slug);

    Optional<Shop> findById(long id);

    /** Shops with one of these slugs or run by one of these agencies, ordered by name. */
    List<Shop> findAccessible(Collection<String> shopSlugs, Collection<String> agencySlugs);

    Shop save(Shop shop);

    /** Writes pending changes now, so that a new shop has its id. */
    void flush();
}
