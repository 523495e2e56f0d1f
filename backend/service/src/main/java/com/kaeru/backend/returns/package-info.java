/**
 * Returns: return requests and their lines, the workflow from request to completion, logistics
 * (prepaid label, drop-off point, pickup slot, the customer's address), the label PDF, notes, the
 * CSV export, and the portal's and the staff's use cases. Each line carries a structured reason
 * from {@code reasons}; the policy engine ({@code policy}) decides each line before anything ships,
 * refunds ({@code refunds}) pay it out from facts returns passes in,
 * and returns answers policy's preview through {@code policy.application.OrderEligibility}.
 */
package com.kaeru.backend.returns;
