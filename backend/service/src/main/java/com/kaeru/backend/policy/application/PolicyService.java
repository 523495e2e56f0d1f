package com.kaeru.backend.policy.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.kaeru.api.policy.PolicyDto;
import com.kaeru.api.policy.PolicyRuleDto;
import com.kaeru.backend.access.application.Caller;
import com.kaeru.backend.access.application.ShopAccess;
import com.kaeru.backend.access.domain.Permission;
import com.kaeru.backend.audit.application.AuditTrail;
import com.kaeru.backend.policy.domain.DefaultPolicy;
import com.kaeru.backend.policy.domain.PolicyOutcome;
import com.kaeru.backend.policy.domain.PolicyRule;
import com.kaeru.backend.policy.domain.PolicyRuleRepository;
import com.kaeru.backend.returns.domain.ReturnRuleViolation;
import com.kaeru.backend.tenancy.domain.Shop;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Managers set the rules; every change is audited. */
@ApplicationScoped
public class PolicyService {
    @Inject
    ShopAccess access;
    @Inject
    Caller caller;
    @Inject
    PolicyRuleRepository rules;
    @Inject
    AuditTrail audit;

    @Transactional
    public PolicyDto get(String slug) {
        Shop shop = access.enter(slug, Permission.VIEW_SHOP);
        List<PolicyRule> own = rules.findByShop(shop.id());
        return new PolicyDto(own.isEmpty(), (own.isEmpty() ? DefaultPolicy.rules(shop.id()) : own).stream()
                .map(PolicyService::toDto).toList());
    }

    @Transactional
    public PolicyDto replace(String slug, PolicyDto policy) {
        Shop shop = access.enter(slug, Permission.MANAGE_SETTINGS);
        List<PolicyRule> replacement = new ArrayList<>();
        int position = 10;
        for (PolicyRuleDto dto : policy.rules) {
            try {
                replacement.add(toRule(shop.id(), position, dto));
            } catch (IllegalArgumentException e) {
                throw new ReturnRuleViolation("problem.policy.invalid-rule", dto.name, e.getMessage());
            }
            position += 10;
        }
        rules.replace(shop.id(), replacement);
        audit.record(shop.id(), "POLICY", shop.slug().value(), "POLICY_REPLACED", null, null, caller.username(),
                replacement.size() + " rule(s): " + String.join(", ", replacement.stream().map(PolicyRule::name).toList()),
                Instant.now());
        return get(slug);
    }

    static PolicyRule toRule(long shopId, int position, PolicyRuleDto d) {
        return new PolicyRule(shopId, position, d.name, PolicyOutcome.valueOf(d.outcome))
                .enabled(d.enabled)
                .days(d.minDays, d.maxDays)
                .finalSale(d.finalSale)
                .onSale(d.onSale)
                .categories(d.categories)
                .tags(d.tags)
                .lineValue(d.minLineValueMinor, d.maxLineValueMinor)
                .reasonCodes(d.reasonCodes)
                .customerReturnsAtLeast(d.customerReturnsAtLeast, d.customerReturnsWindowDays)
                .channels(d.channels)
                .blocklisted(d.blocklisted)
                .message(d.messageJa, d.messageEn)
                .fees(d.returnFeeMinor, d.restockingFeeMinor, d.restockingFeePercent)
                .exchangeIncentives(d.exchangeBonusMinor, d.exchangeBonusPercent, d.freeReturnShippingForExchange);
    }

    static PolicyRuleDto toDto(PolicyRule r) {
        PolicyRuleDto d = new PolicyRuleDto();
        var decision = r.decision();
        d.name = r.name();
        d.enabled = r.enabled();
        d.minDays = r.minDays();
        d.maxDays = r.maxDays();
        d.finalSale = r.finalSale();
        d.onSale = r.onSale();
        d.categories = r.categories();
        d.tags = r.tags();
        d.minLineValueMinor = r.minLineValueMinor();
        d.maxLineValueMinor = r.maxLineValueMinor();
        d.reasonCodes = r.reasonCodes();
        d.customerReturnsAtLeast = r.maxCustomerReturns();
        d.customerReturnsWindowDays = r.customerReturnsWindowDays();
        d.channels = r.channels();
        d.blocklisted = r.blocklisted();
        d.outcome = r.outcome().name();
        d.messageJa = decision.messageJa();
        d.messageEn = decision.messageEn();
        d.returnFeeMinor = decision.returnFeeMinor();
        d.restockingFeeMinor = decision.restockingFeeMinor();
        d.restockingFeePercent = decision.restockingFeePercent();
        d.exchangeBonusMinor = decision.exchangeBonusMinor();
        d.exchangeBonusPercent = decision.exchangeBonusPercent();
        d.freeReturnShippingForExchange = decision.freeReturnShippingForExchange();
        return d;
    }
}
