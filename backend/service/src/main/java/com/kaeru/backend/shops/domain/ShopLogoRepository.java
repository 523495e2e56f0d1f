package com.kaeru.backend.shops.domain;

import java.util.Optional;

/** A shop's uploaded logo image (at most one per shop). */
public interface ShopLogoRepository {
    /** The stored image. */
    record Logo(String contentType, String sha256, byte[] data) {
    }

    Optional<Logo> find(long shopId);

    /** Stores or replaces the shop's logo. */
    void save(long shopId, Logo logo);

    void delete(long shopId);
}
