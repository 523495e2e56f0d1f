/**
 * Money: integer minor units with an ISO currency, and the one place that allocates and rounds
 * ({@link com.kaeru.backend.money.domain.Allocation}, {@link com.kaeru.backend.money.domain.RefundMath}).
 */
package com.kaeru.backend.money;
