package com.kaeru.backend.policy.domain;

import java.util.List;

/** A shop's rules. */
public interface PolicyRuleRepository {
    List<PolicyRule> findByShop(long shopId);

    /** Replaces all rules of the shop. */
    void replace(long shopId, List<PolicyRule> rules);

    /** Whether the e-mail or phone, compared as {@link CustomerContact} normalises them, is on the shop's blocklist. */
    boolean blocklisted(long shopId, String email, String phone);
}
