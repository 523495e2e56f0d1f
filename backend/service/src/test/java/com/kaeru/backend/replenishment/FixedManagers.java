package com.kaeru.backend.replenishment;

import java.util.List;

import com.kaeru.backend.replenishment.domain.Recipient;
import com.kaeru.backend.replenishment.domain.ShopManagers;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.interceptor.Interceptor;

/**
 * The team directory of {@link ReorderDigestIT}'s deployment (Keycloak does not run in backend
 * ITs): the digest shop has a Japanese-speaking and an English-speaking manager and one without a
 * language; any other shop's managers cannot be asked, as when Keycloak is down.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
@ApplicationScoped
public class FixedManagers implements ShopManagers {
    @Override
    public List<Recipient> of(String shopSlug) {
        if (!ReorderDigestIT.SLUG.equals(shopSlug)) {
            throw new IllegalStateException("No team directory in this test for " + shopSlug);
        }
        return List.of(new Recipient(ReorderDigestIT.JA, "ja"), new Recipient(ReorderDigestIT.EN, "en"),
                new Recipient(ReorderDigestIT.DEFAULT_LANGUAGE, null));
    }
}
