package com.kaeru.backend.returns.application;

import java.time.Instant;
import java.util.List;

import com.kaeru.backend.orders.domain.CustomerOrder;
import com.kaeru.backend.policy.application.OrderEligibility;
import com.kaeru.backend.policy.domain.PolicyRule;
import com.kaeru.backend.tenancy.domain.Shop;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Answers the policy preview with the portal's own assessment, so the preview and the portal can
 * never disagree about a line.
 */
@ApplicationScoped
public class ReturnableEligibility implements OrderEligibility {
    @Inject
    ReturnAssessment assessment;

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public List<LineVerdict> underRules(Shop shop, CustomerOrder order, List<PolicyRule> rules, String reasonCode,
                                        String language, Instant now) {
        ReturnAssessment.Assessed assessed = assessment.assess(shop, order, now, rules);
        return order.lines().stream().map(line -> {
            ReturnAssessment.LineAssessment a = assessed.line(line.id());
            ReturnAssessment.LineEligibility verdict = assessment.eligibility(shop, order, assessed, a, reasonCode,
                    language, now);
            return new LineVerdict(line, a.variant().sku(), a.variant().product().name(language), a.returnable(),
                    verdict.paidPerUnitMinor(), verdict.decision(), verdict.eligibility());
        }).toList();
    }
}
