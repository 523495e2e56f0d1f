/**
 * Pre-approval policy (事前承認): each shop's ordered rules decide per return line, before
 * anything is shipped, whether it is auto-approved, needs review, is rejected (with a message for
 * the customer) or may only be exchanged, and which fees or bonus apply. The first enabled rule
 * whose conditions all hold decides; the decision names that rule so it can be explained.
 * A shop without rules uses {@link com.kaeru.backend.policy.domain.DefaultPolicy}.
 */
package com.kaeru.backend.policy;
