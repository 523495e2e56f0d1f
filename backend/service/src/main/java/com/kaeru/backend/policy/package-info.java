/**
 * Pre-approval policy (事前承認): each shop's ordered rules decide per return line, before
 * anything is shipped, whether it is auto-approved, needs review, is rejected (with a message for
 * the customer) or may only be exchanged, and which fees or bonus apply. The first enabled rule
 * whose conditions all hold decides; the decision names that rule so it can be explained.
 * A shop without rules uses {@link com.kaeru.backend.policy.domain.DefaultPolicy}. Policy also
 * owns the blocklist that a rule may match.
 * <p>
 * Returns use the engine, so policy never depends on returns: the managers' preview on a real
 * order asks through {@link com.kaeru.backend.policy.application.OrderEligibility}, which returns
 * implements with the portal's own assessment.
 */
package com.kaeru.backend.policy;
