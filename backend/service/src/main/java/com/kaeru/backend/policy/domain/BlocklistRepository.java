package com.kaeru.backend.policy.domain;

import java.util.List;
import java.util.Optional;

/** A shop's blocklist. Whether a customer is on it is {@link PolicyRuleRepository#blocklisted}. */
public interface BlocklistRepository {
    /** Newest first. */
    List<BlocklistEntry> findByShop(long shopId);

    /**
     * Adds the normalised contact; empty when the shop lists it already (the unique indexes decide,
     * so two managers adding the same address at once get one entry and one refusal).
     */
    Optional<BlocklistEntry> add(long shopId, String email, String phone, String reason, String createdBy);

    /** Removes the shop's entry; empty when the shop has no entry with this id. */
    Optional<BlocklistEntry> remove(long shopId, long id);
}
