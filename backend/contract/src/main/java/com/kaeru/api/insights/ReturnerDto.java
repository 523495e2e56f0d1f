package com.kaeru.api.insights;

/** A customer with many returns in the period (abuser candidate), identified by e-mail. */
public record ReturnerDto(String customerEmail, String customerName, long returns, long unitsReturned,
                          long orders) {
}
