package com.kaeru.backend.reasons.application;

import java.util.List;

import com.kaeru.api.reasons.ReturnReasonDto;
import com.kaeru.backend.access.application.ShopAccess;
import com.kaeru.backend.access.domain.Permission;
import com.kaeru.backend.reasons.domain.DefaultReturnReasons;
import com.kaeru.backend.reasons.domain.ReturnReason;
import com.kaeru.backend.reasons.domain.ReturnReasonRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Reads a shop's return reasons (staff and, through {@link #toDto}, the portal) and seeds a new shop's tree. */
@ApplicationScoped
public class ReturnReasonService {
    @Inject
    ShopAccess access;
    @Inject
    ReturnReasonRepository reasons;

    /** Gives a new shop the default reason tree; the transaction must already be bound to the shop. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void seedDefaults(long shopId) {
        for (var reason : DefaultReturnReasons.forShop(shopId)) {
            if (!reasons.exists(shopId, reason.code())) {
                reasons.save(reason);
            }
        }
    }

    @Transactional
    public List<ReturnReasonDto> list(String shopSlug) {
        long shopId = access.enter(shopSlug, Permission.VIEW_SHOP).id();
        return reasons.findActive(shopId).stream().map(ReturnReasonService::toDto).toList();
    }

    public static ReturnReasonDto toDto(ReturnReason reason) {
        return new ReturnReasonDto(reason.code(), reason.parentCode(), reason.labelJa(), reason.labelEn(),
                reason.position());
    }
}
