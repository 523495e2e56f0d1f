package com.kaeru.backend.refunds;

import java.util.List;

import com.kaeru.backend.replenishment.domain.Recipient;
import com.kaeru.backend.replenishment.domain.ShopManagers;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.interceptor.Interceptor;

/**
 * The team directory of {@link RefundWorkerIT}'s deployment (Keycloak does not run in backend ITs): each
 * of the test's shops ({@code rw-...}) has a Japanese- and an English-speaking manager; other shops none.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
@ApplicationScoped
public class RefundWorkerManagers implements ShopManagers {
    static final String JA = "refund-manager-ja@example.jp";
    static final String EN = "refund-manager-en@example.jp";

    @Override
    public List<Recipient> of(String shopSlug) {
        return shopSlug.startsWith("rw-") ? List.of(new Recipient(JA, "ja"), new Recipient(EN, "en")) : List.of();
    }
}
