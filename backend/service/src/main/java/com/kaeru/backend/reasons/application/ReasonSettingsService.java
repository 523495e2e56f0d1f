package com.kaeru.backend.reasons.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.kaeru.api.settings.ReasonSettingDto;
import com.kaeru.api.settings.ReasonUpdate;
import com.kaeru.backend.access.application.Caller;
import com.kaeru.backend.access.application.ShopAccess;
import com.kaeru.backend.access.domain.Permission;
import com.kaeru.backend.audit.application.AuditTrail;
import com.kaeru.backend.platform.errors.InvalidFieldsException;
import com.kaeru.backend.reasons.domain.ReturnReason;
import com.kaeru.backend.reasons.domain.ReturnReasonRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Managers maintain the shop's reason tree: add, rename, move, reorder, deactivate. Codes never
 * change and reasons are never deleted, because past returns and reports group by them. The tree is
 * two levels deep (the portal shows a reason and its details), and an active reason never hangs
 * under an inactive parent.
 */
@ApplicationScoped
public class ReasonSettingsService {
    private static final String CODE = "[A-Z][A-Z0-9_]{1,39}";

    @Inject
    com.kaeru.backend.platform.persistence.ShopConfigCache configCache;
    @Inject
    ShopAccess access;
    @Inject
    Caller caller;
    @Inject
    ReturnReasonRepository reasons;
    @Inject
    AuditTrail audit;

    @Transactional
    public List<ReasonSettingDto> list(String slug) {
        long shopId = access.enter(slug, Permission.MANAGE_SETTINGS).id();
        return all(shopId);
    }

    @Transactional
    public List<ReasonSettingDto> save(String slug, String code, ReasonUpdate u) {
        long shopId = access.enter(slug, Permission.MANAGE_SETTINGS).id();
        configCache.changed(shopId); // the portal's reasons are cached per shop (issue 14)
        String parent = u.parentCode == null || u.parentCode.isBlank() ? null : u.parentCode.strip();
        List<ReturnReason> existing = reasons.findAll(shopId);
        ReturnReason current = existing.stream().filter(r -> r.code().equals(code)).findFirst().orElse(null);
        List<InvalidFieldsException.Issue> issues = new ArrayList<>();
        if (code == null || !code.matches(CODE)) {
            issues.add(new InvalidFieldsException.Issue("code", "problem.reason.code"));
        }
        ReturnReason parentReason = parent == null ? null
                : existing.stream().filter(r -> r.code().equals(parent)).findFirst().orElse(null);
        if (parent != null && parentReason == null) {
            issues.add(new InvalidFieldsException.Issue("parentCode", "problem.reason.unknown-parent", parent));
        } else if (parent != null && (parent.equals(code) || parentReason.parentCode() != null)) {
            issues.add(new InvalidFieldsException.Issue("parentCode", "problem.reason.too-deep", parent));
        } else if (parent != null && existing.stream().anyMatch(r -> code.equals(r.parentCode()))) {
            issues.add(new InvalidFieldsException.Issue("parentCode", "problem.reason.has-children", code));
        } else if (parentReason != null && u.active && !parentReason.active()) {
            issues.add(new InvalidFieldsException.Issue("active", "problem.reason.parent-inactive", parent));
        }
        if (!u.active && existing.stream().anyMatch(r -> code.equals(r.parentCode()) && r.active())) {
            issues.add(new InvalidFieldsException.Issue("active", "problem.reason.active-children", code));
        }
        if (!issues.isEmpty()) {
            throw new InvalidFieldsException(issues);
        }
        String action;
        if (current == null) {
            ReturnReason created = new ReturnReason(shopId, code, parent, u.labelJa, u.labelEn, u.position);
            created.activate(u.active);
            created.markShopFault(Boolean.TRUE.equals(u.shopFault));
            reasons.save(created);
            action = "REASON_ADDED";
        } else {
            current.relabel(u.labelJa, u.labelEn);
            current.moveTo(parent, u.position);
            action = current.active() && !u.active ? "REASON_DEACTIVATED"
                    : !current.active() && u.active ? "REASON_REACTIVATED" : "REASON_CHANGED";
            current.activate(u.active);
            if (u.shopFault != null) {
                current.markShopFault(u.shopFault);
            }
        }
        audit.record(shopId, "REASON", code, action, null, null, caller.username(),
                u.labelJa.strip() + " / " + u.labelEn.strip() + (parent == null ? "" : " (" + parent + ")")
                        + (u.shopFault == null ? "" : ", shop's fault " + u.shopFault),
                Instant.now());
        return all(shopId);
    }

    private List<ReasonSettingDto> all(long shopId) {
        return reasons.findAll(shopId).stream().map(r -> new ReasonSettingDto(r.code(), r.parentCode(), r.labelJa(),
                r.labelEn(), r.position(), r.active(), r.shopFault())).toList();
    }
}
