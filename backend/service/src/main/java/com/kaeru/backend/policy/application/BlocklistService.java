package com.kaeru.backend.policy.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.kaeru.api.policy.BlocklistEntryDto;
import com.kaeru.api.policy.BlocklistEntryRequest;
import com.kaeru.backend.access.application.Caller;
import com.kaeru.backend.access.application.ShopAccess;
import com.kaeru.backend.access.domain.Permission;
import com.kaeru.backend.audit.application.AuditTrail;
import com.kaeru.backend.platform.errors.InvalidFieldsException;
import com.kaeru.backend.platform.errors.NotFoundException;
import com.kaeru.backend.policy.domain.BlocklistEntry;
import com.kaeru.backend.policy.domain.BlocklistRepository;
import com.kaeru.backend.policy.domain.CustomerContact;
import com.kaeru.backend.tenancy.domain.Shop;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Managers keep the shop's blocklist, which the policy's "blocklisted customer" condition reads.
 * Values are stored as the condition compares them ({@link CustomerContact}); every addition and
 * removal is in the audit trail with who, when and why.
 */
@ApplicationScoped
public class BlocklistService {
    static final String ENTITY = "BLOCKLIST";

    @Inject
    ShopAccess access;
    @Inject
    Caller caller;
    @Inject
    BlocklistRepository blocklist;
    @Inject
    AuditTrail audit;

    @Transactional
    public List<BlocklistEntryDto> list(String slug) {
        Shop shop = access.enter(slug, Permission.MANAGE_SETTINGS);
        return blocklist.findByShop(shop.id()).stream().map(BlocklistService::toDto).toList();
    }

    @Transactional
    public BlocklistEntryDto add(String slug, BlocklistEntryRequest request) {
        Shop shop = access.enter(slug, Permission.MANAGE_SETTINGS);
        String email = CustomerContact.email(request.email);
        boolean phoneGiven = request.phone != null && !request.phone.isBlank();
        String phone = CustomerContact.phone(request.phone);
        List<InvalidFieldsException.Issue> issues = new ArrayList<>();
        if (email == null && !phoneGiven) {
            issues.add(new InvalidFieldsException.Issue("email", "problem.blocklist.contact-missing"));
        } else if (email != null && phoneGiven) {
            issues.add(new InvalidFieldsException.Issue("phone", "problem.blocklist.contact-both"));
        } else if (email != null && !CustomerContact.plausibleEmail(email)) {
            issues.add(new InvalidFieldsException.Issue("email", "problem.blocklist.email-invalid", request.email.strip()));
        } else if (email == null && !CustomerContact.plausiblePhone(phone)) {
            issues.add(new InvalidFieldsException.Issue("phone", "problem.blocklist.phone-invalid", request.phone.strip()));
        }
        if (!issues.isEmpty()) {
            throw new InvalidFieldsException(issues);
        }
        String reason = request.reason.strip();
        BlocklistEntry added = blocklist.add(shop.id(), email, email == null ? phone : null, reason, caller.username())
                .orElseThrow(() -> new BlocklistConflictException(email != null ? email : phone));
        audit.record(shop.id(), ENTITY, added.contact(), "BLOCKLIST_ADDED", null, null, caller.username(), reason,
                Instant.now());
        return toDto(added);
    }

    @Transactional
    public void remove(String slug, long id) {
        Shop shop = access.enter(slug, Permission.MANAGE_SETTINGS);
        BlocklistEntry removed = blocklist.remove(shop.id(), id)
                .orElseThrow(() -> new NotFoundException("problem.not-found.blocklist-entry", String.valueOf(id)));
        audit.record(shop.id(), ENTITY, removed.contact(), "BLOCKLIST_REMOVED", null, null, caller.username(),
                removed.reason(), Instant.now());
    }

    private static BlocklistEntryDto toDto(BlocklistEntry e) {
        return new BlocklistEntryDto(e.id(), e.email(), e.phone(), e.reason(), e.createdBy(), e.createdAt());
    }
}
