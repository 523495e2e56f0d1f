package com.kaeru.backend.policy.application;

import com.kaeru.api.vocabulary.WindowAnchor;
import com.kaeru.api.vocabulary.SalesChannel;
import com.kaeru.backend.platform.vocabulary.Vocabulary;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.kaeru.api.policy.PolicyDto;
import com.kaeru.api.policy.PolicyPreviewDto;
import com.kaeru.api.policy.PolicyPreviewLineDto;
import com.kaeru.api.policy.PolicyPreviewRequest;
import com.kaeru.api.policy.PolicyRuleDto;
import com.kaeru.backend.access.application.Caller;
import com.kaeru.backend.access.application.ShopAccess;
import com.kaeru.backend.access.domain.Permission;
import com.kaeru.backend.audit.application.AuditTrail;
import com.kaeru.backend.orders.domain.CustomerOrder;
import com.kaeru.backend.orders.domain.OrderRepository;
import com.kaeru.backend.platform.errors.InvalidFieldsException;
import com.kaeru.backend.platform.errors.NotFoundException;
import com.kaeru.backend.policy.domain.DefaultPolicy;
import com.kaeru.backend.policy.domain.PolicyOutcome;
import com.kaeru.backend.policy.domain.PolicyRule;
import com.kaeru.backend.policy.domain.PolicyRuleRepository;
import com.kaeru.backend.reasons.domain.ReturnReasonRepository;
import com.kaeru.backend.tenancy.domain.Shop;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Managers set the rules and try them on real orders before saving; every change is audited. A
 * rule list is checked as a whole before anything is written, and each problem is reported on its
 * field ({@code rules[2].maxDays}) so the editor can show it beside the input.
 */
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
    @Inject
    ReturnReasonRepository reasons;
    @Inject
    OrderRepository orders;
    @Inject
    OrderEligibility eligibility;

    Clock clock = Clock.systemUTC();

    @Transactional
    public PolicyDto get(String slug) {
        Shop shop = access.enter(slug, Permission.VIEW_SHOP);
        List<PolicyRule> own = rules.findByShop(shop.id());
        return new PolicyDto(own.isEmpty(), (own.isEmpty() ? DefaultPolicy.rules(shop.id(), shop.defaultLanguage()) : own)
                .stream()
                .map(PolicyService::toDto).toList());
    }

    @Transactional
    public PolicyDto replace(String slug, PolicyDto policy) {
        Shop shop = access.enter(slug, Permission.MANAGE_SETTINGS);
        List<PolicyRule> replacement = checkedRules(shop, policy.rules);
        rules.replace(shop.id(), replacement);
        audit.record(shop.id(), "POLICY", shop.slug().value(), "POLICY_REPLACED", null, null, caller.username(),
                replacement.size() + " rule(s): " + String.join(", ", replacement.stream().map(PolicyRule::name).toList()),
                Instant.now());
        return get(slug);
    }

    /** Per line of the order: what the portal would show under the saved or the given rules. */
    @Transactional
    public PolicyPreviewDto preview(String slug, PolicyPreviewRequest request, Locale locale) {
        Shop shop = access.enter(slug, Permission.MANAGE_SETTINGS);
        boolean draft = request.rules != null;
        List<PolicyRule> tried;
        if (draft) {
            tried = request.rules.isEmpty() ? DefaultPolicy.rules(shop.id(), shop.defaultLanguage())
                    : checkedRules(shop, request.rules);
        } else {
            List<PolicyRule> own = rules.findByShop(shop.id());
            tried = own.isEmpty() ? DefaultPolicy.rules(shop.id(), shop.defaultLanguage()) : own;
        }
        CustomerOrder order = orders.findByOrderNumber(shop.id(), request.orderNumber.strip())
                .orElseThrow(() -> new NotFoundException("problem.not-found.order", request.orderNumber.strip()));
        Instant now = clock.instant();
        String language = locale.getLanguage();
        String reason = request.reasonCode == null || request.reasonCode.isBlank() ? null : request.reasonCode.strip();
        boolean blocklisted = rules.blocklisted(shop.id(), order.customer().email(), order.customer().phone());
        List<PolicyPreviewLineDto> lines = eligibility.underRules(shop, order, tried, reason, language, now).stream()
                .sorted(Comparator.comparingInt(v -> v.line().lineNo()))
                .map(v -> {
                    Integer index = v.returnable() > 0 ? ruleIndex(tried, v.decision().ruleName()) : null;
                    return new PolicyPreviewLineDto(v.line().lineNo(), v.sku(), v.productName(), v.line().quantity(),
                            v.returnable(), v.paidPerUnitMinor(), index, v.eligibility(),
                            blocklisted && index != null && Boolean.TRUE.equals(tried.get(index).blocklisted()));
                }).toList();
        return new PolicyPreviewDto(order.orderNumber(), shop.currency().getCurrencyCode(), draft, lines, blocklisted);
    }

    /** Names are unique within a policy (checked on save), so the name identifies the deciding rule. */
    private static Integer ruleIndex(List<PolicyRule> rules, String name) {
        for (int i = 0; i < rules.size(); i++) {
            if (rules.get(i).name().equals(name)) {
                return i;
            }
        }
        return null;
    }

    /**
     * The rules as entities in list order, or every problem at once: ranges the wrong way round,
     * half-given "customer returns" conditions, rejections without a message for the customer,
     * duplicate names, and reason codes the shop does not have.
     */
    private List<PolicyRule> checkedRules(Shop shop, List<PolicyRuleDto> dtos) {
        List<InvalidFieldsException.Issue> issues = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < dtos.size(); i++) {
            PolicyRuleDto d = dtos.get(i);
            String at = "rules[" + i + "].";
            if (d == null) {
                issues.add(new InvalidFieldsException.Issue("rules[" + i + "]", "problem.policy.rule-missing"));
                continue;
            }
            if (d.name != null && !names.add(d.name.strip().toLowerCase(Locale.ROOT))) {
                issues.add(new InvalidFieldsException.Issue(at + "name", "problem.policy.duplicate-name", d.name.strip()));
            }
            if (d.minDays != null && d.maxDays != null && d.minDays > d.maxDays) {
                issues.add(new InvalidFieldsException.Issue(at + "maxDays", "problem.policy.range", d.minDays));
            }
            if (d.minLineValueMinor != null && d.maxLineValueMinor != null && d.minLineValueMinor > d.maxLineValueMinor) {
                issues.add(new InvalidFieldsException.Issue(at + "maxLineValueMinor", "problem.policy.range",
                        d.minLineValueMinor));
            }
            if ((d.customerReturnsAtLeast == null) != (d.customerReturnsWindowDays == null)) {
                issues.add(new InvalidFieldsException.Issue(d.customerReturnsAtLeast == null
                        ? at + "customerReturnsAtLeast" : at + "customerReturnsWindowDays",
                        "problem.policy.customer-returns-pair"));
            }
            if (d.outcome == com.kaeru.api.vocabulary.PolicyOutcome.REJECT && blank(d.messageJa) && blank(d.messageEn)) {
                issues.add(new InvalidFieldsException.Issue(at + "messageJa", "problem.policy.reject-needs-message"));
            }
            if (d.reasonCodes != null) {
                for (String code : d.reasonCodes) {
                    if (code != null && !code.isBlank() && !reasons.exists(shop.id(), code.strip())) {
                        issues.add(new InvalidFieldsException.Issue(at + "reasonCodes", "problem.return.unknown-reason",
                                code.strip()));
                    }
                }
            }
        }
        if (!issues.isEmpty()) {
            throw new InvalidFieldsException(issues);
        }
        List<PolicyRule> result = new ArrayList<>();
        int position = 10;
        for (PolicyRuleDto dto : dtos) {
            try {
                result.add(toRule(shop.id(), position, dto));
            } catch (IllegalArgumentException e) {
                throw new InvalidPolicyRuleException(dto.name, e.getMessage());
            }
            position += 10;
        }
        return result;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static PolicyRule toRule(long shopId, int position, PolicyRuleDto d) {
        return new PolicyRule(shopId, position, d.name, Vocabulary.as(d.outcome, PolicyOutcome.class))
                .enabled(d.enabled)
                .days(d.minDays, d.maxDays)
                .daysFrom(Vocabulary.name(d.daysFrom))
                .finalSale(d.finalSale)
                .onSale(d.onSale)
                .categories(d.categories)
                .tags(d.tags)
                .lineValue(d.minLineValueMinor, d.maxLineValueMinor)
                .reasonCodes(d.reasonCodes)
                .customerReturnsAtLeast(d.customerReturnsAtLeast, d.customerReturnsWindowDays)
                .channels(Vocabulary.names(d.channels))
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
        d.daysFrom = Vocabulary.named(r.daysAnchor(), WindowAnchor.class);
        d.finalSale = r.finalSale();
        d.onSale = r.onSale();
        d.categories = r.categories();
        d.tags = r.tags();
        d.minLineValueMinor = r.minLineValueMinor();
        d.maxLineValueMinor = r.maxLineValueMinor();
        d.reasonCodes = r.reasonCodes();
        d.customerReturnsAtLeast = r.maxCustomerReturns();
        d.customerReturnsWindowDays = r.customerReturnsWindowDays();
        d.channels = Vocabulary.allNamed(r.channels(), SalesChannel.class);
        d.blocklisted = r.blocklisted();
        d.outcome = Vocabulary.as(r.outcome(), com.kaeru.api.vocabulary.PolicyOutcome.class);
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
