package com.kaeru.backend.replenishment.infrastructure;

import java.util.List;

import com.kaeru.backend.refunds.domain.RefundManagers;
import com.kaeru.backend.replenishment.domain.ShopManagers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The managers a failed refund is reported to: the same people as the reorder digest's ({@link ShopManagers}). */
@ApplicationScoped
public class DirectoryRefundManagers implements RefundManagers {
    @Inject
    ShopManagers managers;

    @Override
    public List<Manager> of(String shopSlug) {
        return managers.of(shopSlug).stream().map(r -> new Manager(r.email(), r.language())).toList();
    }
}
