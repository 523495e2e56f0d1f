/** Refund persistence and the providers: store-credit ledger, gift codes, simulated card refunds. */
package com.kaeru.backend.refunds.infrastructure;
