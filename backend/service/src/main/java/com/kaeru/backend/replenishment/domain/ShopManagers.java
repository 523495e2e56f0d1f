package com.kaeru.backend.replenishment.domain;

import java.util.List;

/** Who manages a shop (the digest's recipients). Implemented over the team directory (Keycloak). */
public interface ShopManagers {
    /** The shop's managers with an e-mail address; throws when the directory cannot be asked. */
    List<Recipient> of(String shopSlug);
}
